package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
                "claim-unverifiable/note/more than 10 billion cubic metres",
                "claim-possible-conflict/warning/2015");
        JsonNode region = run.at("/results/0/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(3);
        assertThat(region.get("endColumn").asInt() - region.get("startColumn").asInt()).isEqualTo(12);
        assertThat(run.at("/invocations/0/executionSuccessful").asBoolean()).isTrue();
    }

    @Test
    void sarifReportsPossibleConflictsAsWarningsWithTheirLinkBasisInTheProperties() throws IOException {
        JsonNode run = JSON.readTree(Render.render(ReportFormat.SARIF, Scenarios.everyVerdict())).at("/runs/0");
        JsonNode rule = null;
        for (JsonNode r : run.at("/tool/driver/rules")) {
            if (r.get("id").asText().equals("claim-possible-conflict")) {
                rule = r;
            }
        }
        assertThat(rule).as("rule claim-possible-conflict").isNotNull();
        assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
        assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
        assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
        assertThat(rule.at("/help/text").asText()).contains("--fail-on possible-conflict");

        JsonNode results = run.get("results");
        JsonNode conflict = results.get(results.size() - 1);
        assertThat(conflict.get("ruleId").asText()).isEqualTo("claim-possible-conflict");
        assertThat(conflict.at("/message/text").asText()).contains("the subject was taken from the preceding sentence");
        assertThat(conflict.at("/properties/reason").asText()).isEqualTo("wrong-year");
        assertThat(conflict.at("/properties/linkBasis").asText()).isEqualTo("preceding-text");
        assertThat(conflict.at("/properties/linkReason").asText()).isEqualTo(Scenarios.PRECEDING_REASON);
        assertThat(results.get(0).at("/properties/reason").asText()).isEqualTo("not-a-record");
        assertThat(results.get(0).at("/properties/linkBasis").asText()).isEqualTo("argument");
        JsonNode unlinked = results.get(2).get("properties");
        assertThat(unlinked.get("reason").asText()).isEqualTo("subject-not-named");
        assertThat(unlinked.get("linkBasis").asText()).isEqualTo("none");
        assertThat(unlinked.has("linkReason")).isFalse();
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
    void junitFailsContradictedPossiblyConflictingAndAmbiguousClaimsSkipsUnverifiableAndErrsOnInputErrors() {
        String xml = Render.render(ReportFormat.JUNIT, Scenarios.everyVerdict());
        assertThat(xml)
                .contains("<testsuites name=\"claimcheck\" tests=\"7\" failures=\"3\" errors=\"0\" skipped=\"2\">")
                .contains("<testsuite name=\"articles/siberia.md\" tests=\"7\" failures=\"3\" errors=\"0\" "
                        + "skipped=\"2\">")
                .contains("<failure message=\"construction began in September 2014, not 2015, if &quot;it&quot; is "
                        + "the eastern route: the subject was taken from the preceding sentence\" "
                        + "type=\"possible-conflict\">")
                .contains("reference facts-energy.csv:6: 1 September 2014")
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
    void claimReviewRatesSupportedAndContradictedClaimsAndAsksToReviewPossibleConflicts() throws IOException {
        JsonNode graph = JSON.readTree(Render.render(ReportFormat.CLAIMREVIEW, Scenarios.everyVerdict())).get("@graph");
        List<String> ratings = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (JsonNode review : graph) {
            ratings.add(review.at("/itemReviewed/text").asText() + "=" + review.at("/reviewRating/alternateName").asText()
                    + "/" + review.at("/reviewRating/ratingValue").asInt());
            assertThat(review.at("/itemReviewed/appearance/0/url").asText()).isEqualTo("https://news.example/siberia");
            urls.add(review.get("url").asText());
            assertThat(review.get("url").asText())
                    .isEqualTo("https://news.example/siberia#claim-" + review.get("identifier").asText());
        }
        // A possible conflict ("2015") is not a published verdict: it gets no review. Each review is of a sentence.
        assertThat(ratings).containsExactly(
                "The Power of Siberia pipeline began operations in 2019, ahead of plan.=True/5",
                "Bilateral trade reached a record $147 billion in 2021, officials said.=False/1",
                "The eastern route is 3,000 km long.=True/5");
        assertThat(urls).doesNotHaveDuplicates();
        JsonNode hostile = JSON.readTree(Render.render(ReportFormat.CLAIMREVIEW, Scenarios.hostile())).get("@graph");
        for (JsonNode review : hostile) {
            assertThat(review.at("/itemReviewed/appearance/0").has("url")).isFalse();
            assertThat(review.has("url")).isFalse();
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
                "1 claim in 2 articles: 0 supported, 1 contradicted, 0 possible-conflict, 0 unverifiable, 0 ambiguous; "
                        + "3 problems");
    }

    @Test
    void textListsPossibleConflictsWithTheirReasonAndCountsThem() {
        String text = Render.render(ReportFormat.TEXT, Scenarios.everyVerdict());
        assertThat(text).contains("articles/siberia.md:7:21: possible-conflict: claim \"2015\" \u2014 "
                        + "construction began in September 2014, not 2015, if \"it\" is the eastern route: the subject "
                        + "was taken from the preceding sentence\n")
                .endsWith("7 claims in 1 article: 2 supported, 1 contradicted, 1 possible-conflict, 2 unverifiable, "
                        + "1 ambiguous; 0 problems\n");
    }

    @Test
    void githubAnnotatesClaimsWithColumnsOnSingleLines() {
        String out = Render.render(ReportFormat.GITHUB, Scenarios.everyVerdict());
        assertThat(out.split("\n")[0]).isEqualTo("::error file=articles/siberia.md,line=3,col=34,endColumn=46,"
                + "title=claimcheck%3A contradicted claim::contradicted: claim \u201c$147 billion\u201d \u2014 trade in "
                + "2021 was $146.88 billion, not $147 billion, and not a record");
        assertThat(out).doesNotContain("claim \u201c2019\u201d");
        assertThat(out).contains("::warning file=articles/siberia.md,line=7,col=21,endColumn=25,"
                + "title=claimcheck%3A possible-conflict claim::possible-conflict: claim \u201c2015\u201d \u2014 "
                + "construction began in September 2014");
    }

    @Test
    void jsonGivesEveryClaimItsReasonAndLinkBasisAndCountsPossibleConflicts() throws IOException {
        RunResult run = Scenarios.everyVerdict();
        JsonNode root = JSON.readTree(Render.render(ReportFormat.JSON, run));
        assertThat(root.get("schemaVersion").asText()).isEqualTo("2.2").isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(root.at("/summary/byVerdict/POSSIBLE_CONFLICT").asInt()).isEqualTo(1);
        assertThat(root.at("/summary/byVerdict/CONTRADICTED").asInt()).isEqualTo(1);
        List<String> links = new ArrayList<>();
        for (JsonNode claim : root.at("/articles/0/claims")) {
            links.add(claim.get("verdict").asText() + "/" + claim.get("reason").asText() + "/"
                    + claim.at("/link/basis").asText());
            assertThat(claim.get("link").has("reason")).isTrue();
        }
        assertThat(links).containsExactly("SUPPORTED/value-agrees/argument", "CONTRADICTED/not-a-record/argument",
                "AMBIGUOUS/ambiguous-link/none", "UNVERIFIABLE/subject-not-named/none",
                "UNVERIFIABLE/attribute-not-named/none", "SUPPORTED/value-agrees/clause",
                "POSSIBLE_CONFLICT/wrong-year/preceding-text");
        JsonNode conflict = root.at("/articles/0/claims/6");
        assertThat(conflict.at("/link/reason").asText()).isEqualTo(Scenarios.PRECEDING_REASON);
        assertThat(conflict.get("explanation").asText())
                .isEqualTo(run.articles().get(0).findings().get(6).explanation());
        assertThat(root.at("/articles/0/claims/2/link/reason").isNull()).isTrue();
    }

    @Test
    void csvGivesEveryClaimItsVerdictAndLinkBasis() throws IOException {
        String csv = Render.render(ReportFormat.CSV, Scenarios.everyVerdict());
        List<String> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv))) {
            rows.add(record.get("claim") + "/" + record.get("verdict") + "/" + record.get("link"));
        }
        assertThat(rows).containsExactly("2019/supported/argument", "$147 billion/contradicted/argument",
                "2003/ambiguous/none", "Last year/unverifiable/none",
                "more than 10 billion cubic metres/unverifiable/none", "3,000 km/supported/clause",
                "2015/possible-conflict/preceding-text");
    }

    @Test
    void markdownListsPossibleConflictsAmongTheClaimsToReviewAndCountsThem() {
        String md = Render.render(ReportFormat.MARKDOWN, Scenarios.everyVerdict());
        assertThat(md).startsWith("## claimcheck: 1 contradicted, 1 possible-conflict, 1 ambiguous\n")
                .contains("| possible-conflict | 1 |\n")
                .contains("| articles/siberia.md:7:21 | possible-conflict | 2015 | construction began in September "
                        + "2014, not 2015, if \"it\" is the eastern route: the subject was taken from the preceding "
                        + "sentence |\n");
        String onlyConflict = Render.render(ReportFormat.MARKDOWN, RunBuilder.run()
                .article(RunBuilder.article("c", "It began in 2015.\n")
                        .claim(RunBuilder.claim("2015", org.claimcheck.extract.ClaimKind.DATE,
                                org.claimcheck.value.DateValue.year(2015),
                                org.claimcheck.verify.Verdict.POSSIBLE_CONFLICT, "began in 2014, if \"it\" is X")))
                .build());
        assertThat(onlyConflict).startsWith("## claimcheck: 0 contradicted, 1 possible-conflict, 0 ambiguous\n")
                .contains("| articles/c.md:1:13 | possible-conflict | 2015 |");
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
        assertThat(marks).hasSize(7);
        Element contradicted = marks.get(1);
        assertThat(contradicted.text()).isEqualTo("$147 billion");
        assertThat(contradicted.attr("data-v")).isEqualTo("contradicted");
        assertThat(contradicted.attr("role")).isEqualTo("button");
        assertThat(contradicted.attr("tabindex")).isEqualTo("0");
        assertThat(contradicted.attr("aria-label")).isEqualTo("Contradicted claim: $147 billion");
        assertThat(contradicted.hasClass("f")).isTrue();
        assertThat(marks.get(0).hasClass("f")).isFalse();
        Element conflict = marks.get(6);
        assertThat(conflict.attr("data-v")).isEqualTo("possible-conflict");
        assertThat(conflict.attr("aria-label")).isEqualTo("Possible conflict claim: 2015");
        assertThat(conflict.hasClass("f")).as("a possible conflict is flagged for review").isTrue();
        assertThat(doc.select("section.article .text").text()).startsWith("Pipeline opens The Power of Siberia");
        assertThat(doc.select("section.article a.url").attr("href")).isEqualTo("https://news.example/siberia");
    }

    @Test
    void htmlOffersPossibleConflictsAsAVerdictOfTheirOwnWithTheirLinkBasis() throws IOException {
        Document doc = Jsoup.parse(Render.render(ReportFormat.HTML, Scenarios.everyVerdict()));
        Element filter = doc.selectFirst("input[data-verdict=possible-conflict]");
        assertThat(filter).as("a filter checkbox for possible conflicts").isNotNull();
        assertThat(filter.parent().text()).isEqualTo("\u26a0 Possible conflict (1)");
        assertThat(doc.select("#summary .totals").text()).contains("1 possible-conflict");
        assertThat(doc.select("#summary svg.chart rect.v-possible-conflict")).hasSize(1);
        assertThat(doc.select("#summary table.articles thead th").eachText()).contains("\u26a0 Possible conflict");
        assertThat(doc.select("#summary .legend mark[data-v=possible-conflict]").text()).isEqualTo("Possible conflict");
        assertThat(doc.select("section.article .meta").text()).contains("\u26a0 1 possible-conflict");
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("mark.c[data-v=possible-conflict] {", "--possible-conflict:",
                "body.hide-possible-conflict .text mark[data-v=possible-conflict]");

        JsonNode claims = JSON.readTree(doc.getElementById("claim-data").data()).get("claims");
        JsonNode conflict = claims.get(6);
        assertThat(conflict.get("verdict").asText()).isEqualTo("possible-conflict");
        assertThat(conflict.get("linkBasis").asText()).isEqualTo("preceding-text");
        assertThat(conflict.get("linkReason").asText()).isEqualTo(Scenarios.PRECEDING_REASON);
        assertThat(claims.get(1).get("linkBasis").asText()).isEqualTo("argument");
        assertThat(claims.get(3).has("linkBasis")).as("an unlinked claim has no link basis").isFalse();
        String script = doc.select("script").last().data();
        assertThat(script).contains("'possible-conflict': 'Possible conflict'", "'Link'");
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
