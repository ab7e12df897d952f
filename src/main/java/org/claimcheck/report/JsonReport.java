package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.Claim;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.Verdict;

/**
 * The complete machine-readable report ({@code claimcheck.json}), schema version {@value #SCHEMA_VERSION}:
 * every article, claim, piece of evidence and problem, absent values as {@code null}. It validates against
 * {@code claimcheck-report.schema.json}; docs/report-formats.md describes every field.
 */
public final class JsonReport implements ReportRenderer {

    public static final String SCHEMA_VERSION = "2.2";

    /** Writes the report one article at a time: only the article being written is held as a tree. */
    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Json.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("schemaVersion", SCHEMA_VERSION);
            json.writeFieldName("tool");
            json.writeTree(Json.object().put("name", "claimcheck").put("version", toolVersion(result)));
            json.writeFieldName("summary");
            json.writeTree(summary(result));
            json.writeArrayFieldStart("articles");
            for (ArticleResult article : result.articles()) {
                json.writeTree(article(article));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("problems");
            for (Problem problem : sorted(result.problems())) {
                json.writeTree(problem(problem));
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static String toolVersion(RunResult result) {
        return Objects.requireNonNullElse(result.toolVersion(), "unknown");
    }

    private static ObjectNode summary(RunResult result) {
        Totals totals = Totals.of(result);
        ObjectNode summary = Json.object().put("articles", totals.articles()).put("claims", totals.claims());
        ObjectNode byVerdict = summary.putObject("byVerdict");
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v.name(), totals.count(v));
        }
        return summary.put("problems", totals.problems());
    }

    private static ObjectNode article(ArticleResult article) {
        ObjectNode node = Json.object()
                .put("id", article.id())
                .put("path", article.path())
                .put("title", article.meta().title())
                .put("published", article.meta().findPublished().map(Object::toString).orElse(null))
                .put("url", article.meta().url())
                .put("testArticle", article.meta().testArticle())
                .put("status", article.status().name());
        node.set("problems", problems(article.problems()));
        ArrayNode claims = node.putArray("claims");
        article.findings().forEach(f -> claims.add(claim(f)));
        return node;
    }

    private static ObjectNode claim(Finding finding) {
        Claim c = finding.claim();
        ObjectNode node = Json.object()
                .put("fingerprint", c.fingerprint())
                .put("verdict", finding.verdict().name())
                .put("reason", finding.reason().code())
                .put("kind", c.kind().name())
                .put("text", c.text())
                .put("start", c.span().start())
                .put("end", c.span().end())
                .put("line", c.position().line())
                .put("column", c.position().column())
                .put("sentence", c.sentence())
                .put("subject", c.subject())
                .put("predicate", c.predicate())
                .put("linkedSubject", Linking.findSubject(finding).orElse(null))
                .put("linkedAttribute", Linking.findAttribute(finding).orElse(null));
        node.set("link", link(finding.link()));
        node.set("value", Json.object().put("canonical", c.value().canonical()).put("display", c.value().display()));
        node.put("qualifier", c.qualifier().name())
                .put("record", c.record())
                .put("period", c.findPeriod().map(p -> p.canonical()).orElse(null))
                .put("resolution", c.resolution());
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(e -> evidence.add(evidence(e)));
        return node.put("explanation", finding.explanation());
    }

    /** How the claim was linked to its fact: {@code basis} is the strength's label, the reason null when none. */
    private static ObjectNode link(LinkBasis link) {
        return Json.object()
                .put("basis", link.strength().label())
                .put("reason", link.reason().isEmpty() ? null : link.reason());
    }

    private static ObjectNode evidence(Evidence e) {
        return Json.object()
                .put("table", e.table())
                .put("line", e.line())
                .put("subject", e.subject())
                .put("attribute", e.attribute())
                .put("value", e.value())
                .put("period", e.period())
                .put("source", e.source())
                .put("vintage", e.vintage())
                .put("note", e.note());
    }

    private static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        sorted(problems).forEach(p -> array.add(problem(p)));
        return array;
    }

    private static ObjectNode problem(Problem p) {
        ObjectNode node = Json.object()
                .put("severity", p.severity().name())
                .put("code", p.code())
                .put("path", p.path());
        node.put("line", p.findPosition().map(pos -> pos.line()).orElse(null));
        node.put("column", p.findPosition().map(pos -> pos.column()).orElse(null));
        return node.put("message", p.message());
    }

    private static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted().toList();
    }
}
