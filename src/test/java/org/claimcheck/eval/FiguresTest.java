package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.eval.EvalFixture.evaluate;
import static org.claimcheck.eval.EvalFixture.evidence;
import static org.claimcheck.eval.EvalFixture.finding;
import static org.claimcheck.eval.EvalFixture.label;

import java.util.List;
import java.util.Map;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final LocatedLabel OPENED = label("December 2019").value(ClaimKind.DATE, "2019-12")
            .expect(Expectation.SUPPORTED).link("power-of-siberia", "began-operations").located();
    private static final LocatedLabel TRADE = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD")
            .planted("wrong-figure").link("russia-china-trade", "trade").located();
    private static final LocatedLabel FIVE = label("five years").value(ClaimKind.NUMBER, "5").located();
    private static final LocatedLabel SECTION = label("Section 2").value(ClaimKind.NUMBER, "2")
            .expect(Expectation.NOT_A_CLAIM).located();

    private static final Finding OPENED_RIGHT = finding("December 2019", "2019-12", Verdict.SUPPORTED,
            evidence("power-of-siberia", "began-operations"));
    private static final Finding TRADE_MISSED_ERROR = finding("$147 billion", "147 billion USD", Verdict.UNVERIFIABLE);
    private static final Finding SECTION_NUMBER = finding("2", 4, "count:2", Verdict.UNVERIFIABLE);
    private static final Finding PERIOD_AS_CLAIM = finding("2021", "2021", Verdict.CONTRADICTED);

    private static EvalReport report() {
        return evaluate(List.of(OPENED, TRADE, FIVE, SECTION),
                List.of(OPENED_RIGHT, TRADE_MISSED_ERROR, SECTION_NUMBER, PERIOD_AS_CLAIM));
    }

    @Test
    void precisionCountsExtractedNonClaimsAndUnlabelledClaimsAgainstTheExtractor() {
        Tally all = report().overall();

        assertThat(Figure.PRECISION.of(all)).isEqualTo(new Ratio(1, 4));
        assertThat(Figure.VALUE_PRECISION.of(all)).isEqualTo(new Ratio(2, 4));
        assertThat(report().spurious()).extracting(Spurious::finding).containsExactly(PERIOD_AS_CLAIM, SECTION_NUMBER);
        assertThat(report().spurious().get(0).nonClaim()).isNull();
        assertThat(report().spurious().get(1).nonClaim()).isEqualTo(SECTION);
    }

    @Test
    void recallCountsEveryLabelledClaimAndOnlyLabelledClaims() {
        Tally all = report().overall();

        assertThat(all.labelled()).isEqualTo(3);
        assertThat(Figure.RECALL.of(all)).isEqualTo(new Ratio(1, 3));
        assertThat(Figure.VALUE_RECALL.of(all)).isEqualTo(new Ratio(2, 3));
        assertThat(report().misses()).extracting(a -> a.match().label()).containsExactly(FIVE);
    }

    @Test
    void splitsFiguresByTheKindOfTheLabelAndOfTheExtractedClaim() {
        EvalReport report = report();

        assertThat(Figure.RECALL.of(report.tallies().get("DATE"))).isEqualTo(new Ratio(1, 1));
        assertThat(Figure.PRECISION.of(report.tallies().get("DATE"))).isEqualTo(new Ratio(1, 2));
        assertThat(Figure.VALUE_RECALL.of(report.tallies().get("MONEY"))).isEqualTo(new Ratio(1, 1));
        assertThat(Figure.RECALL.of(report.tallies().get("MONEY"))).isEqualTo(new Ratio(0, 1));
        assertThat(Figure.PRECISION.of(report.tallies().get("NUMBER"))).isEqualTo(new Ratio(0, 1));
        assertThat(Figure.RECALL.of(report.tallies().get("PERCENT")).value()).isEmpty();
    }

    @Test
    void countsASecondClaimInOneNonClaimPhraseAgainstPrecisionAndNamesThePhrase() {
        LocatedLabel years = label("2014 and 2019").expect(Expectation.NOT_A_CLAIM).located();
        Finding first = finding("2014", "2014", Verdict.UNVERIFIABLE);
        Finding second = finding("2019", 2, "2019", Verdict.UNVERIFIABLE);

        EvalReport report = evaluate(List.of(years), List.of(first, second));

        assertThat(report.spurious()).extracting(Spurious::nonClaim).containsExactly(years, years);
        assertThat(report.spurious()).extracting(Spurious::matched).containsExactly(true, false);
        assertThat(report.confusion().count("NOT_A_CLAIM", "UNVERIFIABLE")).isEqualTo(1);
        assertThat(report.confusion().count(ConfusionMatrix.UNLABELLED, "UNVERIFIABLE")).isEqualTo(1);
        assertThat(Figure.PRECISION.of(report.overall())).isEqualTo(new Ratio(0, 2));
    }

    @Test
    void countsAMissedClaimAsAWrongVerdict() {
        assertThat(Figure.VERDICT_ACCURACY.of(report().overall())).isEqualTo(new Ratio(1, 3));
        assertThat(report().wrongVerdicts()).extracting(a -> a.match().label()).containsExactly(TRADE);
    }

    @Test
    void countsPlantedErrorsFoundOnlyWhenContradictedAndByPlantedKind() {
        EvalReport missed = report();
        EvalReport found = evaluate(List.of(TRADE), List.of(finding("$147 billion", "147 billion USD",
                Verdict.CONTRADICTED, evidence("russia-china-trade", "trade"))));

        assertThat(Figure.PLANTED_RECALL.of(missed.overall())).isEqualTo(new Ratio(0, 1));
        assertThat(missed.plantedByKind()).containsExactly(Map.entry("wrong-figure", new Ratio(0, 1)));
        assertThat(Figure.PLANTED_RECALL.of(found.overall())).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void takesTheFalseFlagRateOverClaimsLabelledSupportedOrUnverifiable() {
        EvalReport clean = report();
        EvalReport flagged = evaluate(List.of(OPENED, TRADE, FIVE), List.of(
                finding("December 2019", "2019-12", Verdict.CONTRADICTED), finding("five", "count:5",
                        Verdict.CONTRADICTED)));

        assertThat(Figure.FALSE_FLAG_RATE.of(clean.overall())).isEqualTo(new Ratio(0, 2));
        assertThat(Figure.FALSE_FLAG_RATE.of(flagged.overall())).isEqualTo(new Ratio(2, 2));
    }

    @Test
    void fillsTheConfusionMatrixWithANotExtractedColumnAndAnUnlabelledRow() {
        ConfusionMatrix m = report().confusion();

        assertThat(m.count("SUPPORTED", "SUPPORTED")).isEqualTo(1);
        assertThat(m.count("CONTRADICTED", "UNVERIFIABLE")).isEqualTo(1);
        assertThat(m.count("UNVERIFIABLE", ConfusionMatrix.NOT_EXTRACTED)).isEqualTo(1);
        assertThat(m.count("NOT_A_CLAIM", "UNVERIFIABLE")).isEqualTo(1);
        assertThat(m.count(ConfusionMatrix.UNLABELLED, "CONTRADICTED")).isEqualTo(1);
        assertThat(ConfusionMatrix.rows().stream().mapToInt(m::rowTotal).sum()).isEqualTo(5);
    }

    @Test
    void leavesAFigureWithoutValueWhenThereIsNothingToCount() {
        EvalReport empty = evaluate(List.of(), List.of());

        for (Figure f : Figure.values()) {
            assertThat(f.of(empty.overall()).value()).as(f.key()).isEmpty();
        }
    }
}
