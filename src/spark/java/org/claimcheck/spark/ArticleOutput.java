package org.claimcheck.spark;

import java.io.Serializable;
import java.util.List;
import org.claimcheck.job.FindingsLine;
import org.claimcheck.result.ArticleResult;

/**
 * What one article leaves after the pipeline, in a form Spark can ship and cache: its {@link FindingsLine}
 * (the article's entry of {@code claimcheck.json} with its complete result, for {@code claimcheck report}),
 * its claims as rows, and its counts for the run summary.
 */
record ArticleOutput(String id, String jsonLine, List<ClaimRow> claims, Tally tally) implements Serializable {

    ArticleOutput {
        claims = List.copyOf(claims);
    }

    static ArticleOutput of(ArticleResult article, String toolVersion) {
        List<ClaimRow> rows = article.findings().stream().map(f -> ClaimRow.of(article, f)).toList();
        return new ArticleOutput(article.id(), FindingsLine.of(article, toolVersion), rows, Tally.of(article));
    }
}
