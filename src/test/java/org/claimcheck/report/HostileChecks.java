package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Per-format checks that a report is well-formed and that nothing from the run survives unescaped: each format
 * is parsed the way its consumer would parse it, and the hostile text must come back as plain data.
 */
final class HostileChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GITHUB_LINE = Pattern.compile("::(error|warning|notice) [^:\\r\\n]*::[^\\r\\n]*");

    private HostileChecks() {
    }

    static void check(ReportFormat format, RunResult run, String out) {
        switch (format) {
            case HTML -> html(run, out);
            case JSON -> json(run, out);
            case SARIF -> sarif(run, out);
            case JUNIT -> junit(run, out);
            case MARKDOWN -> markdown(out);
            case CSV -> csv(run, out);
            case CLAIMREVIEW -> claimReview(out);
            case GITHUB -> github(out);
            case TEXT -> text(out);
        }
    }

    private static void html(RunResult run, String out) {
        Document doc = Jsoup.parse(out);
        List<Element> scripts = doc.select("script");
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
        assertThat(scripts.get(1).hasAttr("type")).isFalse();
        assertThat(scripts.get(1).data()).isEqualTo(HtmlAssets.load().js());
        assertThat(doc.select("img, iframe, object, embed, base, form, link, video, audio")).isEmpty();
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler attribute").doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase()).doesNotContain("javascript:");
            }
        }
        for (Element link : doc.select("[href]")) {
            assertThat(link.attr("href")).matches("#.*|https?://.*");
        }
        assertThat(out).doesNotContain(Scenarios.HOSTILE_SCRIPT).doesNotContain("<img").doesNotContain("\u0000");
        String data = doc.getElementById("claim-data").data();
        assertThat(data).doesNotContain("<");
        JsonNode claims = parse(data).get("claims");
        assertThat(claims).hasSize(run.findings().size());
        for (int i = 0; i < claims.size(); i++) {
            Finding finding = run.findings().get(i);
            assertThat(claims.get(i).get("text").asText()).isEqualTo(finding.claim().text());
            assertThat(claims.get(i).path("linkReason").asText("")).isEqualTo(finding.link().reason());
        }
        String shownText = doc.select(".text").text();
        run.articles().forEach(a -> a.findings().forEach(f ->
                assertThat(shownText).contains(f.claim().text().replaceAll("\\p{Cntrl}", "").strip())));
    }

    private static void json(RunResult run, String out) {
        JsonNode root = parse(out);
        JsonNode articles = root.get("articles");
        for (int i = 0; i < run.articles().size(); i++) {
            assertThat(articles.get(i).get("title").isNull() ? null : articles.get(i).get("title").asText())
                    .isEqualTo(run.articles().get(i).meta().title());
            JsonNode claims = articles.get(i).get("claims");
            for (int j = 0; j < claims.size(); j++) {
                Finding finding = run.articles().get(i).findings().get(j);
                assertThat(claims.get(j).get("text").asText()).isEqualTo(finding.claim().text());
                assertThat(claims.get(j).at("/link/basis").asText()).isEqualTo(finding.link().strength().label());
                assertThat(claims.get(j).at("/link/reason").asText("")).isEqualTo(finding.link().reason());
            }
        }
    }

    private static void sarif(RunResult run, String out) {
        JsonNode root = parse(out);
        List<String> reasons = run.findings().stream().filter(f -> f.verdict() != Verdict.SUPPORTED)
                .map(f -> f.link().reason()).toList();
        int i = 0;
        for (JsonNode result : root.at("/runs/0/results")) {
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertThat(uri).doesNotContain(" ", "<", ">").doesNotStartWith("/");
            assertThat(result.at("/properties/linkReason").asText("")).isEqualTo(reasons.get(i++));
        }
        assertThat(i).isEqualTo(reasons.size());
    }

    private static void junit(RunResult run, String out) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(out)));
            NodeList cases = doc.getElementsByTagName("testcase");
            int problems = run.allProblems().size();
            assertThat(cases.getLength()).isEqualTo(run.findings().size() + problems);
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        } catch (Exception e) {
            throw new AssertionError("junit.xml is not well-formed: " + e.getMessage() + "\n" + out, e);
        }
    }

    private static void markdown(String out) {
        assertThat(out).doesNotContain("<").doesNotContain("\u0000").doesNotContain("\u001b");
        for (String line : out.split("\n")) {
            if (line.startsWith("| ")) {
                assertThat(unescaped(line, '|')).as(line).isIn(3, 4, 5);
            }
            assertThat(unescaped(line, '`')).as("unescaped backtick in " + line).isZero();
        }
    }

    private static void csv(RunResult run, String out) {
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(out)).getRecords();
            assertThat(records).hasSize(run.findings().size());
            for (CSVRecord record : records) {
                for (String cell : record) {
                    assertThat(cell).as("formula cell").doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                            .doesNotStartWith("\r");
                }
            }
            if (run.findings().stream().anyMatch(f -> f.claim().text().equals(Scenarios.FORMULA))) {
                assertThat(records).anyMatch(r -> r.get("claim").equals("'" + Scenarios.FORMULA));
                assertThat(records).anyMatch(r -> r.get("claim").equals("'" + Scenarios.COMMAND));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void claimReview(String out) {
        assertThat(out).doesNotContain("<").doesNotContain("javascript:");
        JsonNode root = parse(out);
        for (JsonNode review : root.get("@graph")) {
            assertThat(review.get("@type").asText()).isEqualTo("ClaimReview");
            assertThat(review.at("/reviewRating/ratingValue").asInt()).isIn(1, 3, 5);
        }
    }

    private static void github(String out) {
        if (out.isEmpty()) {
            return;
        }
        for (String line : out.split("\n", -1)) {
            if (!line.isEmpty()) {
                assertThat(line).matches(GITHUB_LINE);
                assertThat(line.chars().noneMatch(Character::isISOControl)).as("control character").isTrue();
            }
        }
        assertThat(out).endsWith("\n");
    }

    private static void text(String out) {
        assertThat(out.replace("\n", "").chars().noneMatch(Character::isISOControl)).as("control characters")
                .isTrue();
        String[] lines = out.split("\n");
        assertThat(lines[lines.length - 1]).matches("\\d+ claims? in \\d+ articles?: .*; \\d+ problems?");
    }

    private static int unescaped(String line, char c) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + e.getMessage(), e);
        }
    }
}
