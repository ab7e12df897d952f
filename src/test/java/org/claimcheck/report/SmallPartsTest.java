package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void totalLineCountsClaimsArticlesVerdictsAndProblems() {
        Totals totals = new Totals(5, 12, Map.of(Verdict.SUPPORTED, 7, Verdict.CONTRADICTED, 2,
                Verdict.POSSIBLE_CONFLICT, 1, Verdict.UNVERIFIABLE, 2, Verdict.AMBIGUOUS, 0), 1);
        assertThat(totals.sentence()).isEqualTo("12 claims in 5 articles: 7 supported, 2 contradicted, "
                + "1 possible-conflict, 2 unverifiable, 0 ambiguous; 1 problem");
        assertThat(new Totals(1, 1, Map.of(), 0).sentence()).startsWith("1 claim in 1 article: 0 supported");
    }

    @Test
    void claimEndIsComputedFromItsText() {
        RunResult run = RunBuilder.run().article(RunBuilder.article("m", "x\nab 12\r\n34 cd\n")
                .claim(RunBuilder.claim("12\r\n34", org.claimcheck.extract.ClaimKind.NUMBER,
                        org.claimcheck.value.DateValue.year(2000), Verdict.SUPPORTED, "ok"))
                .claim(RunBuilder.claim("cd", org.claimcheck.extract.ClaimKind.NUMBER,
                        org.claimcheck.value.DateValue.year(2000), Verdict.SUPPORTED, "ok"))).build();
        ClaimLocation multi = ClaimLocation.of(run.findings().get(0).claim());
        assertThat(multi).isEqualTo(new ClaimLocation(2, 4, 3, 3));
        assertThat(multi.singleLine()).isFalse();
        assertThat(ClaimLocation.of(run.findings().get(1).claim())).isEqualTo(new ClaimLocation(3, 4, 3, 6));
    }

    @Test
    void linksASubjectOnlyWhenAllEvidenceAgrees() {
        Finding ambiguous = Scenarios.everyVerdict().findings().get(2);
        assertThat(ambiguous.verdict()).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(Linking.findSubject(ambiguous)).isEmpty();
        assertThat(Linking.findAttribute(ambiguous)).contains("signed");
        Finding contradicted = Scenarios.everyVerdict().findings().get(1);
        assertThat(Linking.findSubject(contradicted)).contains("russia-china-trade");
        Finding unverifiable = Scenarios.everyVerdict().findings().get(3);
        assertThat(Linking.findSubject(unverifiable)).isEmpty();
    }

    @Test
    void everyFormatHasAFileNameOrPrintsToAStream() {
        for (ReportFormat format : ReportFormat.values()) {
            assertThat(format.printsToStream()).isEqualTo(format == ReportFormat.GITHUB || format == ReportFormat.TEXT);
            assertThat(format.renderer()).isNotNull();
        }
        assertThat(ReportFormat.SARIF.requireFileName()).isEqualTo("claimcheck.sarif");
        assertThat(ReportFormat.CLAIMREVIEW.requireFileName()).isEqualTo("claimreview.jsonld");
    }
}
