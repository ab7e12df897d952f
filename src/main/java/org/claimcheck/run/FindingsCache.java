package org.claimcheck.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.claimcheck.files.CacheStore;
import org.claimcheck.ingest.Article;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.verify.Finding;

/**
 * The findings of checked articles on disk, so a second run over unchanged articles and unchanged tables
 * neither annotates, extracts nor verifies them again. An entry is keyed by a SHA-256 of everything findings
 * depend on: the article's id, metadata (title, publication date, URL, test flag) and text, the fingerprint of
 * the reference tables (their paths and bytes), the tool version and build, and the entry format. A change to
 * any table misses every entry, and the articles are verified again from the annotation cache, without NLP. A
 * second kind of entry holds every result of one input file, keyed by its name and exact bytes, so an unchanged
 * file is not even read as articles again. Entries are written atomically; a damaged, truncated or foreign
 * entry is a miss, rebuilt and never trusted. The cache never fails a run: a failed write is counted and
 * skipped.
 */
public final class FindingsCache {

    private static final String ARTICLE = ".fnd";
    private static final String INPUT = ".inp";

    private final CacheStore store;
    private final String namespace;
    private final LongAdder hits = new LongAdder();
    private final LongAdder inputHits = new LongAdder();
    private final LongAdder inputArticles = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    /**
     * @param dir the cache folder, created on the first write (it may be shared with the annotation cache)
     * @param tablesFingerprint identifies the exact reference tables findings are judged against
     * @param toolVersion the version of claimcheck and a fingerprint of its code, so no other build's entries
     *     are read
     */
    public FindingsCache(Path dir, String tablesFingerprint, String toolVersion) {
        this.store = new CacheStore(dir);
        this.namespace = "claimcheck " + toolVersion + "\nfindings format " + FindingsCodec.FORMAT + "\ntables "
                + tablesFingerprint;
    }

    /** The findings stored for this exact article and these tables, if a sound entry exists. */
    public Optional<List<Finding>> find(Article article) {
        byte[] key = key(article);
        Optional<byte[]> entry = store.read(key, ARTICLE);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Finding> findings = FindingsCodec.decode(key, entry.get(), article);
            hits.increment();
            return Optional.of(findings);
        } catch (FindingsCodec.DamagedEntryException e) {
            rejected.increment();
            return Optional.empty();
        }
    }

    /** Stores an article's findings, replacing any entry under the same key. */
    public void put(Article article, List<Finding> findings) {
        byte[] key = key(article);
        store.write(key, ARTICLE, () -> FindingsCodec.encode(key, findings));
    }

    /**
     * Every result of an input file whose exact bytes (under the same name and size limit) were checked
     * before: it is then not even read again. {@code content} is the file's content as just read.
     */
    Optional<List<ArticleResult>> findInput(String path, byte[] content, long maxBytes) {
        byte[] key = inputKey(path, content, maxBytes);
        Optional<byte[]> entry = store.read(key, INPUT);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<ArticleResult> results = FindingsCodec.decodeResults(key, entry.get());
            inputHits.increment();
            inputArticles.add(results.size());
            return Optional.of(results);
        } catch (FindingsCodec.DamagedEntryException e) {
            rejected.increment();
            return Optional.empty();
        }
    }

    void putInput(String path, byte[] content, long maxBytes, List<ArticleResult> results) {
        byte[] key = inputKey(path, content, maxBytes);
        store.write(key, INPUT, () -> FindingsCodec.encodeResults(key, results));
    }

    /** Articles answered one by one from the cache (their input file had changed or was not cached). */
    public long hits() {
        return hits.sum();
    }

    /** Input files answered whole from the cache, without reading them as articles. */
    public long inputHits() {
        return inputHits.sum();
    }

    /** Articles answered from the cache either way. */
    public long answeredArticles() {
        return hits.sum() + inputArticles.sum();
    }

    public long misses() {
        return store.misses();
    }

    /** Entries found but not trusted: damaged, truncated, of another format, or unreadable. */
    public long rejected() {
        return store.unreadable() + rejected.sum();
    }

    public long writeFailures() {
        return store.writeFailures();
    }

    Path file(byte[] key, String extension) {
        return store.file(key, extension);
    }

    private byte[] inputKey(String path, byte[] content, long maxBytes) {
        return new CacheStore.Key().field(namespace).field("input file").field(path).field(Long.toString(maxBytes))
                .bytes(content).digest();
    }

    byte[] key(Article article) {
        return new CacheStore.Key().field(namespace).field("article").field(article.id())
                .field(optional(article.meta().title()))
                .field(optional(article.meta().findPublished().map(Object::toString).orElse(null)))
                .field(optional(article.meta().url()))
                .field(article.meta().testArticle() ? "test" : "article")
                .field(article.text()).digest();
    }

    /** A present value is marked, so an absent one never hashes like any text. */
    private static String optional(String value) {
        return value == null ? "-" : "+" + value;
    }
}
