package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.RunResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What each format says about the claims: levels, outcomes, ratings, order. */
class FormatSemanticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sarifReportsEveryClaimButSupportedOnesWithLevelsByVerdict() throws IOException {
        JsonNode run = JSON.readTree(Render.render(ReportFormat.SARIF, Scenarios.everyVerdict())).at("/runs/0");
        List<String> results = new ArrayList<>();
        for (JsonNode r : run.get("results")) {
            results.add(r.get("ruleId").asText() + "/" + r.get("level").asText() + "/"
                    + r.at("/locations/0/physicalLocation/region/snippet/text").asText());
            assertThat(r.at("/partialFingerprints/claimFingerprint~1v1").asText()).startsWith("siberia-");
            String ruleId = run.at("/tool/driver/rules/" + r.get("ruleIndex").asInt() + "/id").asText();
            assertThat(ruleId).isEqualTo(r.get("ruleId").asText());
        }
        assertThat(results).containsExactly("claim-contradicted/error/$147 billion", "claim-ambiguous/warning/2003",
                "claim-unverifiable/note/Last year",
                "claim-unverifiable/note/more than 10 billion cubic metres");
        JsonNode region = run.at("/results/0/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("endColumn").asInt() - region.get("startColumn").asInt()).isEqualTo(12);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void sarifMarksExecutionUnsuccessfulOnInputErrorsOnly() throws IOException {
        JsonNode run = JSON.readTree(Render.render(ReportFormat.SARIF, Scenarios.problems())).at("/runs/0");
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isFalse();
        JsonNode notes = run.at("/invocations/0/toolExecutionNotifications");
        assertThat(notes).hasSize(3);
        assertThat(notes.get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
        assertThat(notes.get(0).at("/descriptor/id").asText()).isEqualTo("invalid-utf8");

        RunResult warningsOnly = new RunResult("0.1.0", List.of(), List.of(
                Problem.warning("stale-vintage", "reference/facts.csv", null, "vintage older than a year")));
        JsonNode ok = JSON.readTree(Render.render(ReportFormat.SARIF, warningsOnly)).at("/runs/0");
        assertThat(ok.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
        assertThat(ok.at("/invocations/0/toolExecutionNotifications/0/level").asText()).isEqualTo("warning");
    }

    @Test
    void junitFailsContradictedAndAmbiguousSkipsUnverifiableAndErrsOnInputErrors() {
        String xml = Render.render(ReportFormat.JUNIT, Scenarios.everyVerdict());
        assertThat(xml).contains("<testsuites name=\"claimcheck\" tests=\"6\" failures=\"2\" errors=\"0\" skipped=\"2\">")
                .contains("<failure message=\"trade in 2021 was $146.88 billion, not $147 billion, and not a record\" "
                        + "type=\"contradicted\">")
                .contains("type=\"ambiguous\"")
                .contains("reference facts-trade.csv:12: $146.88 billion (period 2021); "
                        + "source: https://customs.example/2021; vintage 2022-01-14; note: first estimate")
                .contains("<skipped message=\"no reference fact covers the volume carried by the line\"/>");
        String problems = Render.render(ReportFormat.JUNIT, Scenarios.problems());
        assertThat(problems).contains("<testsuite name=\"claimcheck inputs\"")
                .contains("<error message=\"invalid UTF-8 byte 0xC3 0x28; expected a UTF-8 encoded text file\" "
                        + "type=\"invalid-utf8\">")
                .contains("errors=\"2\"");
    }

    @Test
    void claimReviewRatesOnlySettledClaims() throws IOException {
        JsonNode graph = JSON.readTree(Render.render(ReportFormat.CLAIMREVIEW, Scenarios.everyVerdict())).get("@graph");
        List<String> ratings = new ArrayList<>();
        for (JsonNode review : graph) {
            ratings.add(review.at("/itemReviewed/text").asText() + "=" + review.at("/reviewRating/alternateName").asText()
                    + "/" + review.at("/reviewRating/ratingValue").asInt());
            assertThat(review.at("/itemReviewed/appearance/0/url").asText()).isEqualTo("https://news.example/siberia");
        }
        assertThat(ratings).containsExactly("2019=True/5", "$147 billion=False/1", "3,000 km=True/5");
        JsonNode hostile = JSON.readTree(Render.render(ReportFormat.CLAIMREVIEW, Scenarios.hostile())).get("@graph");
        for (JsonNode review : hostile) {
            assertThat(review.at("/itemReviewed/appearance/0").has("url")).isFalse();
        }
    }

    @Test
    void textListsUnsupportedClaimsAndProblemsByPathAndPosition() {
        String text = Render.render(ReportFormat.TEXT, Scenarios.problems());
        assertThat(text.split("\n")).containsExactly(
                "articles/broken.md:3:14: error: invalid UTF-8 byte 0xC3 0x28; expected a UTF-8 encoded text file",
                "articles/missing.md: error: no such file; expected a readable file or directory",
                "articles/trade-2015.md:1:1: warning: the article has no title; expected a first-level heading or a "
                        + "title field",
                "articles/trade-2015.md:1:15: contradicted: claim \"5%\" \u2014 trade fell by 27.8% in 2015, not 5%",
                "1 claim in 2 articles: 0 supported, 1 contradicted, 0 unverifiable, 0 ambiguous; 3 problems");
    }

    @Test
    void githubAnnotatesClaimsWithColumnsOnSingleLines() {
        String out = Render.render(ReportFormat.GITHUB, Scenarios.everyVerdict());
        assertThat(out.split("\n")[0]).isEqualTo("::error file=articles/siberia.md,line=3,col=34,endColumn=46,"
                + "title=claimcheck%3A contradicted claim::contradicted: claim \u201c$147 billion\u201d \u2014 trade in "
                + "2021 was $146.88 billion, not $147 billion, and not a record");
        assertThat(out).doesNotContain("claim \u201c2019\u201d");
    }

    @Test
    void markdownCapsItsTablesForPullRequestComments() {
        String md = Render.render(ReportFormat.MARKDOWN, LargeCorpus.of(30, 10));
        long rows = md.lines().filter(l -> l.startsWith("| articles/")).count();
        assertThat(rows).isEqualTo(MarkdownReport.MAX_ROWS);
        assertThat(md).contains("\u2026 and 10 more; see the full reports.");
    }

    @Test
    void htmlMarksEveryClaimWithVerdictRoleAndLabel() {
        Document doc = Jsoup.parse(Render.render(ReportFormat.HTML, Scenarios.everyVerdict()));
        List<Element> marks = doc.select("section.article mark.c");
        assertThat(marks).hasSize(6);
        Element contradicted = marks.get(1);
        assertThat(contradicted.text()).isEqualTo("$147 billion");
        assertThat(contradicted.attr("data-v")).isEqualTo("contradicted");
        assertThat(contradicted.attr("role")).isEqualTo("button");
        assertThat(contradicted.attr("tabindex")).isEqualTo("0");
        assertThat(contradicted.attr("aria-label")).isEqualTo("Contradicted claim: $147 billion");
        assertThat(contradicted.hasClass("f")).isTrue();
        assertThat(marks.get(0).hasClass("f")).isFalse();
        assertThat(doc.select("section.article .text").text()).startsWith("Pipeline opens The Power of Siberia");
        assertThat(doc.select("section.article a.url").attr("href")).isEqualTo("https://news.example/siberia");
    }

    @Test
    void htmlContentSecurityPolicyAllowsExactlyItsOwnInlineBlocks() {
        Document doc = Jsoup.parse(Render.render(ReportFormat.HTML, Scenarios.everyVerdict()));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String style = doc.selectFirst("style").data();
        String script = doc.select("script").last().data();
        assertThat(csp).startsWith("default-src 'none';")
                .contains("style-src " + HtmlAssets.hash(style) + ";")
                .contains("script-src " + HtmlAssets.hash(script) + ";")
                .doesNotContain("unsafe-inline").doesNotContain("http");
    }

    @Test
    void htmlShowsFailedArticlesAndProblemsAndListsOverlappingClaimsApart() {
        Document doc = Jsoup.parse(Render.render(ReportFormat.HTML, Scenarios.problems()));
        assertThat(doc.select("#summary .problems li").text()).contains("no such file");
        assertThat(doc.select("section.article").get(0).text()).contains("could not be checked", "invalid UTF-8");

        RunResult overlapping = RunBuilder.run().article(RunBuilder.article("o", "It cost $5 billion in 2020.\n")
                .claim(RunBuilder.claim("$5 billion", org.claimcheck.extract.ClaimKind.MONEY,
                        org.claimcheck.value.DateValue.year(2020), org.claimcheck.verify.Verdict.SUPPORTED, "ok"))
                .claim(RunBuilder.claim("5 billion in 2020", org.claimcheck.extract.ClaimKind.NUMBER,
                        org.claimcheck.value.DateValue.year(2020), org.claimcheck.verify.Verdict.UNVERIFIABLE, "no")
                        .at(9))).build();
        Document withOverlap = Jsoup.parse(Render.render(ReportFormat.HTML, overlapping));
        assertThat(withOverlap.select(".text mark.c").eachText()).containsExactly("$5 billion");
        assertThat(withOverlap.select(".overlaps mark.c").eachText()).containsExactly("5 billion in 2020");
        assertThat(withOverlap.select(".text").text()).isEqualTo("It cost $5 billion in 2020.");
    }
}
