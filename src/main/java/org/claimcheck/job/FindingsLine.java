package org.claimcheck.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.claimcheck.report.JsonReport;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.ArticleRecord;

/**
 * One article of a distributed check as one line of JSON: the article's object from {@code claimcheck.json}
 * (rendered by {@link JsonReport} itself, so its fields read the same), plus {@value #RESULT}, the article's
 * complete result including its text ({@link ArticleRecord}), from which {@code claimcheck report --from}
 * renders every report format exactly as a local run would.
 */
public final class FindingsLine {

    /** The field that holds the complete result; the other fields are for people and queries. */
    public static final String RESULT = "result";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingsLine() {
    }

    public static String of(ArticleResult article, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            new JsonReport().write(new RunResult(toolVersion, List.of(article), List.of()), out);
            ObjectNode entry = (ObjectNode) MAPPER.readTree(out.toString()).get("articles").get(0);
            entry.put(RESULT, ArticleRecord.encode(article));
            return MAPPER.writeValueAsString(entry);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the findings of " + article.path(), e);
        }
    }

    /** The article a line holds; the message of the exception says what is wrong with it. */
    public static ArticleResult read(String line) throws MalformedLineException {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedLineException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedLineException("expected a JSON object (one article of claimcheck.json)");
        }
        JsonNode result = node.get(RESULT);
        if (result == null || !result.isTextual()) {
            throw new MalformedLineException("no \"" + RESULT + "\" field: expected a findings line written by"
                    + " the claimcheck Spark job of this version");
        }
        ArticleResult article;
        try {
            article = ArticleRecord.decode(result.asText());
        } catch (ArticleRecord.MalformedRecordException e) {
            throw new MalformedLineException("field \"" + RESULT + "\": " + e.getMessage());
        }
        JsonNode id = node.get("id");
        if (id == null || !id.asText().equals(article.id())) {
            throw new MalformedLineException("field \"id\" (" + (id == null ? "missing" : id.asText())
                    + ") does not match the article in \"" + RESULT + "\" (" + article.id() + ")");
        }
        return article;
    }

    /** A line that does not hold an article result; the message says why. */
    public static final class MalformedLineException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedLineException(String message) {
            super(message);
        }
    }
}
