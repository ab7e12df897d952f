package org.claimcheck.result;

import java.util.List;
import java.util.Objects;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.problem.Problem;
import org.claimcheck.verify.Finding;

/**
 * Everything a run learned about one article. {@code text} is the analysed text (claims' spans point into it);
 * it is empty for a failed article. Findings are in text order.
 */
public record ArticleResult(
        String id,
        String path,
        ArticleMeta meta,
        ArticleStatus status,
        String text,
        List<Finding> findings,
        List<Problem> problems) {

    public ArticleResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
    }
}
