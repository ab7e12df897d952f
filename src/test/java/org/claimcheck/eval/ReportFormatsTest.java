package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.eval.EvalFixture.evaluate;
import static org.claimcheck.eval.EvalFixture.evidence;
import static org.claimcheck.eval.EvalFixture.finding;
import static org.claimcheck.eval.EvalFixture.label;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    private static EvalReport report() {
        return evaluate(List.of(
                label("December 2019").value(ClaimKind.DATE, "2019-12").expect(Expectation.SUPPORTED)
                        .link("power-of-siberia", "began-operations").located(),
                label("$147 billion").value(ClaimKind.MONEY, "147 billion USD").planted("wrong-figure").located(),
                label("five years").value(ClaimKind.NUMBER, "5").located(),
                label("Section 2").expect(Expectation.NOT_A_CLAIM).located()),
                List.of(finding("December 2019", "2019", Verdict.SUPPORTED,
                                evidence("power-of-siberia", "began-operations")),
                        finding("$147 billion", "147 billion USD", Verdict.UNVERIFIABLE),
                        finding("Section 2", "count:2", Verdict.UNVERIFIABLE),
                        finding("2021", "2021", Verdict.CONTRADICTED)));
    }

    private static String text(EvalReport report) throws IOException {
        StringWriter out = new StringWriter();
        TextEvalReport.write(report, out);
        return out.toString();
    }

    private static String json(EvalReport report) throws IOException {
        StringWriter out = new StringWriter();
        JsonEvalReport.write(report, out);
        return out.toString();
    }

    @Test
    void listsEveryMissWrongValueFalsePositiveAndWrongVerdictWithItsPlace() throws IOException {
        String text = text(report());

        assertThat(text).contains(
                "Misses (1)", EvalFixture.PATH + ":1:53: NUMBER \u201cfive years\u201d expected 5, UNVERIFIABLE",
                "Wrong values (1)", EvalFixture.PATH + ":1:38: DATE \u201cDecember 2019\u201d expected 2019-12, "
                        + "SUPPORTED [power-of-siberia/began-operations]",
                "    value 2019, expected 2019-12",
                "False positives (2)", EvalFixture.PATH + ":2:31: DATE \u201c2021\u201d 2021, CONTRADICTED: judged "
                        + "contradicted", "    no label",
                EvalFixture.PATH + ":3:1: NUMBER \u201cSection 2\u201d 2, UNVERIFIABLE", "    labelled NOT_A_CLAIM",
                "Wrong verdicts (1)", EvalFixture.PATH + ":2:15: MONEY \u201c$147 billion\u201d expected 147 billion "
                        + "USD, CONTRADICTED (wrong-figure)", "    got UNVERIFIABLE: judged unverifiable");
    }

    @Test
    void showsTheFiguresByKindAndTheConfusionMatrix() throws IOException {
        String text = text(report());

        assertThat(text).contains("1 article, 3 labelled claims and 1 non-claim; 4 claims extracted");
        assertThat(text.lines().filter(l -> l.startsWith("recall ")).findFirst().orElseThrow())
                .matches("recall +0\\.333 1/3 +0\\.000 0/1 +1\\.000 1/1 +\u2014 0/0 +\u2014 0/0 +0\\.000 0/1");
        assertThat(text.lines().filter(l -> l.startsWith("NOT_A_CLAIM")).findFirst().orElseThrow())
                .matches("NOT_A_CLAIM +0 +0 +0 +1 +0 +0 +1");
        assertThat(text.lines().filter(l -> l.startsWith("unmatched")).findFirst().orElseThrow())
                .matches("unmatched +0 +1 +0 +0 +0 +0 +1");
        assertThat(text).contains("  wrong-figure      0.000 0/1");
    }

    @Test
    void writesTheDocumentedJsonFields() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(report()));

        assertThat(fields(root)).containsExactly("schemaVersion", "evalSet", "toolVersion", "articles", "figures",
                "planted", "confusion", "misses", "wrongValues", "wrongLinks", "falsePositives", "wrongVerdicts",
                "problems");
        assertThat(fields(root.get("figures"))).containsExactly("overall", "DATE", "MONEY", "PERCENT", "QUANTITY",
                "NUMBER");
        JsonNode overall = root.get("figures").get("overall");
        assertThat(fields(overall)).containsExactly("labelled", "extracted", "correct", "valueCorrect",
                "verdictCorrect", "planted", "plantedFound", "plantedContradicted", "flaggable", "falseFlags",
                "sentToReview", "precision", "recall", "valuePrecision", "valueRecall", "verdictAccuracy",
                "plantedRecall", "plantedContradictedRate", "falseFlagRate", "reviewLoad");
        assertThat(overall.get("valueRecall").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(root.get("figures").get("PERCENT").get("recall").isNull()).isTrue();
        assertThat(root.get("planted").get("wrong-figure").get("found").asInt()).isZero();
        assertThat(root.get("confusion").get("UNLABELLED").get("CONTRADICTED").asInt()).isEqualTo(1);
        JsonNode wrongValue = root.get("wrongValues").get(0);
        assertThat(wrongValue.get("at").asText()).isEqualTo(EvalFixture.PATH + ":1:38");
        assertThat(wrongValue.get("extracted").get("value").asText()).isEqualTo("2019");
        assertThat(wrongValue.get("differences").get(0).asText()).isEqualTo("value 2019, expected 2019-12");
        assertThat(root.get("falsePositives").get(1).get("label").get("expected").asText()).isEqualTo("NOT_A_CLAIM");
        assertThat(root.get("falsePositives").get(0).get("label").isNull()).isTrue();
    }

    @Test
    void writesTheSameBytesForTheSameReport() throws IOException {
        assertThat(json(report())).isEqualTo(json(report())).doesNotContain("\r");
        assertThat(text(report())).isEqualTo(text(report()));
    }

    @Test
    void printsControlCharactersOfArticleTextAsSpaces() {
        assertThat(Printable.of("a\u001b[31mb\nc")).isEqualTo("a [31mb c");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
