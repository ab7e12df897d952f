package org.claimcheck.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.ingest.Article;
import org.claimcheck.text.Sha256;

/**
 * Annotated articles on disk, one file per article, so an unchanged article is never annotated twice. An entry
 * is keyed by a SHA-256 of everything its annotations depend on: the article text, its publication date (the
 * anchor of relative dates), the NLP settings with the prefilter version, the tool version and the entry
 * format; an edited article or changed settings simply miss. Entries are written atomically; one that is
 * damaged, truncated or of an older format is detected by {@link AnnotationCodec} and treated as a miss, so
 * it is rebuilt and never trusted. The cache never fails a run: a write that fails is counted and skipped.
 */
public final class AnnotationCache {

    private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This directory holds claimcheck's annotation cache; it can be deleted at any time.\n";

    private final Path dir;
    private final String namespace;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeFailures = new LongAdder();
    private final AtomicReference<String> firstWriteFailure = new AtomicReference<>();

    /**
     * @param dir the cache folder, created on the first write
     * @param settings the NLP settings entries are made with
     * @param toolVersion the version of claimcheck, so a new release never reads an older one's entries
     */
    public AnnotationCache(Path dir, NlpSettings settings, String toolVersion) {
        this.dir = dir;
        this.namespace = "claimcheck " + toolVersion + "\n" + settings.id() + "\nformat " + AnnotationCodec.FORMAT;
    }

    public Path dir() {
        return dir;
    }

    /** The cached sentences of this exact article text, if a sound entry exists. */
    public Optional<List<Sentence>> find(Article article) {
        byte[] key = key(article);
        byte[] entry;
        try {
            entry = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            misses.increment();
            return Optional.empty();
        } catch (IOException e) {
            rejected.increment();
            return Optional.empty();
        }
        try {
            List<Sentence> sentences = AnnotationCodec.decode(key, entry, article.text());
            hits.increment();
            return Optional.of(sentences);
        } catch (CorruptEntryException e) {
            rejected.increment();
            return Optional.empty();
        }
    }

    /** Stores an article's annotations, replacing any entry under the same key. */
    public void put(AnnotatedArticle annotated) {
        byte[] key = key(annotated.article());
        byte[] entry = AnnotationCodec.encode(key, annotated.sentences(), annotated.article().text());
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            writeTagOnce();
            AtomicFiles.writeEntry(target, ".entry", entry);
            writes.increment();
        } catch (IOException | RuntimeException e) {
            writeFailures.increment();
            firstWriteFailure.compareAndSet(null, target + ": " + e);
        }
    }

    public CacheStats stats() {
        return new CacheStats(hits.sum(), misses.sum(), rejected.sum(), writes.sum(), writeFailures.sum(),
                Optional.ofNullable(firstWriteFailure.get()));
    }

    Path file(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + ".ann");
    }

    byte[] key(Article article) {
        MessageDigest sha = sha256();
        field(sha, namespace);
        field(sha, article.meta().findPublished().map(Object::toString).orElse(""));
        field(sha, article.text());
        return sha.digest();
    }

    private static void field(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        // Length-prefixed, so no two different field lists hash the same bytes.
        sha.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
        sha.update(bytes);
    }

    private void writeTagOnce() throws IOException {
        Path tag = dir.resolve("CACHEDIR.TAG");
        if (!Files.exists(tag)) {
            AtomicFiles.writeEntry(tag, ".tag", TAG.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static MessageDigest sha256() {
        return Sha256.newDigest();
    }
}
