package org.claimcheck.nlp;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.claimcheck.files.CacheStore;
import org.claimcheck.ingest.Article;

/**
 * Annotated articles on disk, one file per article, so an unchanged article is never annotated twice. An entry
 * is keyed by a SHA-256 of everything its annotations depend on: the article text, its publication date (the
 * anchor of relative dates), the NLP settings with the prefilter version, the tool version and the entry
 * format; an edited article or changed settings simply miss. Entries are written atomically; one that is
 * damaged, truncated or of an older format is detected by {@link AnnotationCodec} and treated as a miss, so
 * it is rebuilt and never trusted. The cache never fails a run: a write that fails is counted and skipped.
 */
public final class AnnotationCache {

    private static final String EXTENSION = ".ann";

    private final CacheStore store;
    private final String namespace;
    private final LongAdder hits = new LongAdder();
    private final LongAdder rejected = new LongAdder();

    /**
     * Whether a run with its cache in {@code dir} should load the models at once, on a background thread: yes
     * without a cache or with a cache folder not made yet (every article is new); with a folder that exists the
     * cache may answer every article, and the models load on the first miss only.
     */
    public static boolean preloadModels(Path dir) {
        return dir == null || !java.nio.file.Files.isDirectory(dir);
    }

    /**
     * @param dir the cache folder, created on the first write
     * @param settings the NLP settings entries are made with
     * @param toolVersion the version of claimcheck, so a new release never reads an older one's entries
     */
    public AnnotationCache(Path dir, NlpSettings settings, String toolVersion) {
        this.store = new CacheStore(dir);
        this.namespace = "claimcheck " + toolVersion + "\n" + settings.id() + "\nformat " + AnnotationCodec.FORMAT;
    }

    public Path dir() {
        return store.dir();
    }

    /** The cached sentences of this exact article text, if a sound entry exists. */
    public Optional<List<Sentence>> find(Article article) {
        byte[] key = key(article);
        Optional<byte[]> entry = store.read(key, EXTENSION);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Sentence> sentences = AnnotationCodec.decode(key, entry.get(), article.text());
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
        store.write(key, EXTENSION,
                () -> AnnotationCodec.encode(key, annotated.sentences(), annotated.article().text()));
    }

    public CacheStats stats() {
        return new CacheStats(hits.sum(), store.misses(), store.unreadable() + rejected.sum(), store.writes(),
                store.writeFailures(), store.firstWriteFailure());
    }

    Path file(byte[] key) {
        return store.file(key, EXTENSION);
    }

    byte[] key(Article article) {
        return new CacheStore.Key().field(namespace)
                .field(article.meta().findPublished().map(Object::toString).orElse(""))
                .field(article.text()).digest();
    }
}
