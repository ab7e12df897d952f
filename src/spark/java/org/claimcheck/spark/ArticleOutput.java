package org.claimcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.claimcheck.report.JsonReport;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;

/**
 * What one article leaves after the pipeline, in a form Spark can ship and cache: its entry of
 * {@code claimcheck.json} as one JSON line (rendered by {@link JsonReport} itself, so the schema is the same),
 * its claims as rows, and its counts for the run summary.
 */
record ArticleOutput(String id, String jsonLine, List<ClaimRow> claims, Tally tally) implements Serializable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    ArticleOutput {
        claims = List.copyOf(claims);
    }

    static ArticleOutput of(ArticleResult article, String toolVersion) {
        List<ClaimRow> rows = article.findings().stream().map(f -> ClaimRow.of(article, f)).toList();
        return new ArticleOutput(article.id(), jsonLine(article, toolVersion), rows, Tally.of(article));
    }

    /** The article's object from a one-article {@code claimcheck.json}, on one line. */
    private static String jsonLine(ArticleResult article, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            new JsonReport().write(new RunResult(toolVersion, List.of(article), List.of()), out);
            JsonNode entry = MAPPER.readTree(out.toString()).get("articles").get(0);
            return MAPPER.writeValueAsString(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the findings of " + article.path(), e);
        }
    }
}
