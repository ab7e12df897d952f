package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.claimcheck.nlp.AnnotationCache;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CachingAnnotator;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;

/**
 * The CoreNLP annotator of one command-line run, built on first use and then shared by every article of the run;
 * {@link Main} makes one per run and hands it to the commands that analyse articles.
 */
final class NlpModels {

    private final Supplier<CoreNlpAnnotator> factory;
    private final boolean preload;
    private CoreNlpAnnotator nlp;
    private boolean warming;

    /**
     * @param factory builds the annotator, called at most once
     * @param preload whether {@link #prepare} may start loading the models on a background thread
     */
    NlpModels(Supplier<CoreNlpAnnotator> factory, boolean preload) {
        this.factory = factory;
        this.preload = preload;
    }

    /** The lean pipeline, loaded in the background as soon as a command knows it may need it. */
    static NlpModels lean() {
        return new NlpModels(() -> new CoreNlpAnnotator(NlpSettings.LEAN), true);
    }

    private synchronized CoreNlpAnnotator nlp() {
        if (nlp == null) {
            nlp = factory.get();
        }
        return nlp;
    }

    /**
     * Starts loading the models on a background thread while tables are validated and inputs found, unless a
     * cache that already holds entries may answer every article: then they load on the first miss only.
     */
    synchronized void prepare(Path cacheDir) {
        if (!preload || warming || !AnnotationCache.preloadModels(cacheDir)) {
            return;
        }
        warming = true;
        Thread loader = new Thread(nlp()::warmUp, "claimcheck-nlp-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The annotator for a run: CoreNLP behind the cache in {@code cacheDir}, or CoreNLP alone when null. */
    ArticleAnnotator annotator(Path cacheDir) {
        if (cacheDir == null) {
            return nlp();
        }
        return new CachingAnnotator(new AnnotationCache(cacheDir, NlpSettings.LEAN, Version.get()), this::nlp);
    }
}
