package org.claimcheck.nlp;

import java.util.List;
import org.claimcheck.ingest.Article;

/** An article with its sentences, tokens and entity mentions: everything extraction needs from CoreNLP. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
