package org.claimcheck.nlp;

import org.claimcheck.ingest.Article;

/** Turns an article into sentences, tokens and entity mentions. Implementations are thread-safe. */
public interface ArticleAnnotator {

    AnnotatedArticle annotate(Article article);
}
