package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/**
 * SARIF 2.1.0 log ({@code claimcheck.sarif}) that GitHub code scanning accepts: one result per contradicted,
 * possibly conflicting, ambiguous or unverifiable claim, located by relative URI and region, with a stable
 * partial fingerprint, and the finding's reason code and the claim's link basis in its properties; input
 * problems become tool execution
 * notifications. Locations are relative to the repository root, {@code %SRCROOT%} (see {@link SourceRoot}).
 */
public final class SarifReport implements ReportRenderer {

    static final String FINGERPRINT_KEY = "claimFingerprint/v1";
    /** The base every location is relative to: the repository root, which code scanning knows. */
    static final String SRCROOT = "%SRCROOT%";

    private final SourceRoot root;

    /** Locations relative to the current folder, taken as the repository root. */
    public SarifReport() {
        this(SourceRoot.currentFolder());
    }

    /** Locations relative to {@code root}, whatever path (relative, absolute, with {@code ..}) was typed. */
    public SarifReport(SourceRoot root) {
        this.root = root;
    }

    /** Writes the log one result at a time: only the result being written is held as a tree. */
    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Json.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            run(result, json);
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private void run(RunResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeFieldName("tool");
        json.writeTree(Json.object().set("driver", driver(result)));
        json.writeFieldName("originalUriBaseIds");
        // No absolute "uri": the report stays the same on every machine; viewers resolve %SRCROOT% to the
        // repository (code scanning does so by itself).
        json.writeTree(Json.object().set(SRCROOT, Json.object().set("description", Json.object().put("text",
                "The root of the repository (or of the folder claimcheck ran in); article paths are relative to"
                        + " it."))));
        json.writeArrayFieldStart("invocations");
        invocation(result, json);
        json.writeEndArray();
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeArrayFieldStart("results");
        for (ArticleResult article : result.articles()) {
            for (Finding finding : article.findings()) {
                Optional<SarifRule> rule = SarifRule.find(finding.verdict());
                if (rule.isPresent()) {
                    json.writeTree(result(article, finding, rule.get()));
                }
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static ObjectNode driver(RunResult result) {
        String version = JsonReport.toolVersion(result);
        ObjectNode driver = Json.object().put("name", "claimcheck").put("version", version);
        if (version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            driver.put("semanticVersion", version);
        }
        ArrayNode rules = driver.putArray("rules");
        for (SarifRule rule : SarifRule.values()) {
            ObjectNode r = rules.addObject().put("id", rule.id).put("name", rule.name);
            r.set("shortDescription", Json.object().put("text", rule.shortDescription));
            r.set("fullDescription", Json.object().put("text", rule.fullDescription));
            r.set("help", Json.object().put("text", rule.help).put("markdown", rule.help));
            r.set("defaultConfiguration", Json.object().put("level", rule.level));
            r.set("properties", Json.object().set("tags", Json.MAPPER.createArrayNode().add("claims")));
        }
        return driver;
    }

    private void invocation(RunResult result, JsonGenerator json) throws IOException {
        List<Problem> problems = result.allProblems();
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", problems.stream().noneMatch(Problem::isError));
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (Problem problem : problems) {
            json.writeTree(notification(problem));
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private ObjectNode notification(Problem problem) {
        ObjectNode n = Json.object().put("level", problem.isError() ? "error" : "warning");
        n.set("message", Json.object().put("text", problem.message()));
        ObjectNode physical = Json.object();
        physical.set("artifactLocation", artifactLocation(problem.path()));
        problem.findPosition().ifPresent(pos -> physical.set("region",
                Json.object().put("startLine", pos.line()).put("startColumn", pos.column())));
        n.putArray("locations").addObject().set("physicalLocation", physical);
        n.set("descriptor", Json.object().put("id", problem.code()));
        return n;
    }

    private ObjectNode result(ArticleResult article, Finding finding, SarifRule rule) {
        ClaimLocation where = ClaimLocation.of(finding.claim());
        ObjectNode r = Json.object()
                .put("ruleId", rule.id)
                .put("ruleIndex", rule.ordinal())
                .put("level", rule.level);
        r.set("message", Json.object().put("text", finding.explanation()));
        ObjectNode region = Json.object()
                .put("startLine", where.startLine())
                .put("startColumn", where.startColumn())
                .put("endLine", where.endLine())
                .put("endColumn", where.endColumn());
        region.set("snippet", Json.object().put("text", finding.claim().text()));
        ObjectNode physical = Json.object();
        physical.set("artifactLocation", artifactLocation(article.path()));
        physical.set("region", region);
        r.putArray("locations").addObject().set("physicalLocation", physical);
        r.set("partialFingerprints", Json.object().put(FINGERPRINT_KEY, finding.claim().fingerprint()));
        ObjectNode properties = Json.object().put("reason", finding.reason().code())
                .put("linkBasis", finding.link().strength().label());
        if (!finding.link().reason().isEmpty()) {
            properties.put("linkReason", finding.link().reason());
        }
        r.set("properties", properties);
        return r;
    }

    /**
     * The location of a file as typed: relative to {@code %SRCROOT%} when it lies inside the root, else an
     * absolute {@code file:} URI (outside the repository, code scanning cannot show it anyway), and standard input
     * by its name.
     */
    private ObjectNode artifactLocation(String typedPath) {
        Optional<String> relative = root.relative(typedPath);
        if (relative.isPresent()) {
            return Json.object().put("uri", uri(relative.get())).put("uriBaseId", SRCROOT);
        }
        Optional<java.nio.file.Path> absolute = root.absolute(typedPath);
        if (absolute.isPresent()) {
            return Json.object().put("uri", absolute.get().toUri().toASCIIString());
        }
        return Json.object().put("uri", uri(typedPath));
    }

    /** A relative URI reference for a path: separators as '/', unsafe characters escaped. */
    static String uri(String path) {
        String slashed = path.replace('\\', '/');
        int colon = slashed.indexOf(':');
        int slash = slashed.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) {
            // "c:notes.md" would read as a URI with scheme "c"; "./" keeps it a relative reference.
            slashed = "./" + slashed;
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("path cannot be expressed as a URI: " + path, e);
        }
    }
}
