package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.eval.EvalFixture.evidence;
import static org.claimcheck.eval.EvalFixture.finding;
import static org.claimcheck.eval.EvalFixture.label;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.text.Position;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static Assessment assess(LocatedLabel label, Finding finding) {
        return Assessment.of(new Match(label, finding));
    }

    @Test
    void countsAmountsEqualInTheBaseUnitAsTheSameValueWhateverTheirPrecision() {
        LocatedLabel label = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD").located();

        assertThat(assess(label, finding("$147 billion", "147000 million USD", Verdict.UNVERIFIABLE))
                .valueCorrect()).isTrue();
        assertThat(assess(label, finding("$147 billion", "147.5 billion USD", Verdict.UNVERIFIABLE))
                .valueCorrect()).isFalse();
    }

    @Test
    void comparesQuantitiesAcrossUnitsOfOneDimension() {
        LocatedLabel label = label("five years").value(ClaimKind.QUANTITY, "3000 km").located();

        assertThat(assess(label, finding("five years", "3000000 m", Verdict.UNVERIFIABLE)).valueCorrect()).isTrue();
    }

    @Test
    void neverCountsAmountsInDifferentCurrenciesAsTheSameValue() {
        LocatedLabel label = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD").located();

        Assessment a = assess(label, finding("$147 billion", "147 billion EUR", Verdict.UNVERIFIABLE));

        assertThat(a.valueCorrect()).isFalse();
        assertThat(a.differences()).containsExactly("value 1.47E+11 EUR, expected 1.47E+11 USD");
    }

    @Test
    void comparesDatesByTheDaysTheyCover() {
        LocatedLabel label = label("December 2019").value(ClaimKind.DATE, "2019-12").located();

        assertThat(assess(label, finding("December 2019", "2019-12-01/2019-12-31", Verdict.SUPPORTED))
                .valueCorrect()).isTrue();
        assertThat(assess(label, finding("December 2019", "2019", Verdict.SUPPORTED)).valueCorrect()).isFalse();
    }

    @Test
    void countsAClaimOfTheWrongKindAsWrongEvenWhenTheNumberAgrees() {
        LocatedLabel label = label("2021").value(ClaimKind.DATE, "2021").located();

        Assessment a = assess(label, finding("2021", "count:2,021", Verdict.UNVERIFIABLE));

        assertThat(a.valueCorrect()).isFalse();
        assertThat(a.differences()).first().asString().isEqualTo("kind NUMBER, expected DATE");
    }

    @Test
    void requiresTheLabelledSubjectAndAttributeInTheEvidenceOfAVerdictThatRestsOnAFact() {
        LocatedLabel label = label("December 2019").value(ClaimKind.DATE, "2019-12")
                .expect(Expectation.SUPPORTED).link("power-of-siberia", "began-operations").located();

        Assessment right = assess(label, finding("December 2019", "2019-12", Verdict.SUPPORTED,
                evidence("power-of-siberia", "began-operations")));
        Assessment wrong = assess(label, finding("December 2019", "2019-12", Verdict.SUPPORTED,
                evidence("power-of-siberia", "signed")));
        Assessment none = assess(label, finding("December 2019", "2019-12", Verdict.UNVERIFIABLE));

        assertThat(right.correct()).isTrue();
        assertThat(wrong.valueCorrect()).isTrue();
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.differences()).containsExactly(
                "linked to power-of-siberia/signed, expected power-of-siberia/began-operations");
        assertThat(none.correct()).isFalse();
        assertThat(none.differences()).containsExactly("not linked to power-of-siberia/began-operations");
    }

    @Test
    void acceptsAnyOfSeveralEvidencesOfAnAmbiguousFinding() {
        LocatedLabel label = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD")
                .expect(Expectation.AMBIGUOUS).link("russia-china-trade", "trade").located();

        Assessment a = assess(label, finding("$147 billion", "147 billion USD", Verdict.AMBIGUOUS,
                evidence("russia-china", "exports"), evidence("russia-china-trade", "trade")));

        assertThat(a.correct()).isTrue();
        assertThat(a.verdictCorrect()).isTrue();
    }

    @Test
    void asksForNoLinkWhenTheLabelExpectsUnverifiable() {
        LocatedLabel label = label("five years").value(ClaimKind.NUMBER, "5").link("power-of-siberia", "contract")
                .located();

        assertThat(assess(label, finding("five", "count:5", Verdict.UNVERIFIABLE)).correct()).isTrue();
    }

    @Test
    void neverCountsAValueOutsideTheGrammarAsCorrect() {
        LocatedLabel located = label("five years").value(ClaimKind.NUMBER, "5").located();
        Label l = located.label();
        Label outside = new Label(l.article(), l.claim(), 1, ClaimKind.NUMBER, null, null, null, "5 years", null,
                Expectation.UNVERIFIABLE, null, "", l.cells());
        LocatedLabel label = new LocatedLabel(outside, located.articleId(), located.path(), located.span(),
                new Position(1, 1), "");

        Assessment a = assess(label, finding("five", "count:5", Verdict.UNVERIFIABLE));

        assertThat(a.valueCorrect()).isFalse();
        assertThat(a.differences()).containsExactly("value 5; the label's value \"5 years\" is outside the value grammar");
    }

    @Test
    void notesAWrongPeriodWithoutHoldingItAgainstTheValue() {
        LocatedLabel label = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD").period("2021").located();

        Assessment a = assess(label, finding("$147 billion", "147 billion USD", Verdict.UNVERIFIABLE));

        assertThat(a.correct()).isTrue();
        assertThat(a.differences()).containsExactly("period none, expected 2021");
    }

    @Test
    void countsAMissedClaimAsAWrongVerdictAndAnUncaughtPlantedError() {
        LocatedLabel label = label("December 2019").value(ClaimKind.DATE, "2019-12").planted("wrong-year").located();

        assertThat(assess(label, null).verdictCorrect()).isFalse();
        assertThat(assess(label, null).plantedFound()).isFalse();
    }

    @Test
    void seesAPlantedErrorAsFoundOnlyWhenItIsContradicted() {
        LocatedLabel label = label("December 2019").value(ClaimKind.DATE, "2019-12").planted("wrong-month").located();

        assertThat(assess(label, finding("December 2019", "2019-12", Verdict.CONTRADICTED)).plantedFound()).isTrue();
        assertThat(assess(label, finding("December 2019", "2019-12", Verdict.AMBIGUOUS)).plantedFound()).isFalse();
    }

    @Test
    void flagsOnlyContradictionsOfClaimsLabelledSupportedOrUnverifiable() {
        Finding contradicted = finding("December 2019", "2019-12", Verdict.CONTRADICTED);

        assertThat(assess(label("December 2019").value(ClaimKind.DATE, "2019-12").expect(Expectation.SUPPORTED)
                .located(), contradicted).falseFlag()).isTrue();
        assertThat(assess(label("December 2019").value(ClaimKind.DATE, "2019-12").located(), contradicted)
                .falseFlag()).isTrue();
        assertThat(assess(label("December 2019").value(ClaimKind.DATE, "2019-12").expect(Expectation.AMBIGUOUS)
                .located(), contradicted).falseFlag()).isFalse();
        assertThat(assess(label("December 2019").expect(Expectation.NOT_A_CLAIM).located(), contradicted)
                .falseFlag()).isFalse();
    }
}
