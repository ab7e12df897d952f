package org.claimcheck.nlp;

import java.lang.ref.SoftReference;
import org.claimcheck.ingest.Article;

/**
 * The CoreNLP annotator. The pipeline is built on first use (or by {@link #warmUp()} on a background thread)
 * and shared: one pipeline is safe for concurrent {@code annotate} calls on different documents. The models
 * (~300 MB) are held through a soft reference: while articles are being annotated they stay, but once a run
 * is over and the reports need the memory, the JVM may drop them rather than fail; a later call loads them
 * again.
 */
public final class CoreNlpAnnotator implements ArticleAnnotator {

    private final NlpSettings settings;
    private final Counters counters = new Counters();
    private volatile SoftReference<NlpPipeline> pipeline = new SoftReference<>(null);
    private volatile long loadMillis;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
    }

    public NlpSettings settings() {
        return settings;
    }

    /** Builds the pipeline now if it is not built yet; safe to call from any thread. */
    public void warmUp() {
        pipeline();
    }

    /** True once the models are loaded. */
    public boolean isLoaded() {
        return pipeline.get() != null;
    }

    /** What this annotator has done so far. */
    public AnnotationStats stats() {
        return counters.snapshot(loadMillis);
    }

    private NlpPipeline pipeline() {
        NlpPipeline p = pipeline.get();
        if (p == null) {
            synchronized (this) {
                p = pipeline.get();
                if (p == null) {
                    long start = System.nanoTime();
                    p = NlpPipeline.load(settings);
                    loadMillis += (System.nanoTime() - start) / 1_000_000;
                    pipeline = new SoftReference<>(p);
                }
            }
        }
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle annotated = new AnnotatedArticle(article,
                pipeline().annotate(article.text(), article.meta().published(), counters));
        counters.article();
        return annotated;
    }
}
