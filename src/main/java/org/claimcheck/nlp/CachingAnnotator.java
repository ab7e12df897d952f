package org.claimcheck.nlp;

import java.util.function.Supplier;
import org.claimcheck.ingest.Article;

/**
 * Answers from the {@link AnnotationCache} when it can and asks the real annotator otherwise, storing what it
 * returns. The real annotator is only obtained on the first miss, so a run where every article is cached never
 * loads CoreNLP at all.
 */
public final class CachingAnnotator implements ArticleAnnotator {

    private final AnnotationCache cache;
    private final Supplier<? extends ArticleAnnotator> annotator;

    /** @param annotator called on every miss; it should build its pipeline lazily */
    public CachingAnnotator(AnnotationCache cache, Supplier<? extends ArticleAnnotator> annotator) {
        this.cache = cache;
        this.annotator = annotator;
    }

    public AnnotationCache cache() {
        return cache;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        return cache.find(article).map(sentences -> new AnnotatedArticle(article, sentences)).orElseGet(() -> {
            AnnotatedArticle annotated = annotator.get().annotate(article);
            cache.put(annotated);
            return annotated;
        });
    }
}
