package org.claimcheck.eval;

import java.util.Objects;
import org.claimcheck.ingest.Article;

/**
 * One article of the evaluation set as ingested, with the name the labels give it.
 *
 * @param key the article's path relative to the articles folder, {@code file.jsonl#id} for a JSON record
 * @param source the whole source file as text, where labels of text that ingest drops (sidebars, trailers)
 *     are looked for
 */
public record EvalArticle(String key, Article article, String source) {

    public EvalArticle {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
    }
}
