package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class StatedFigureTest {

    @Test
    void readsAPlainFigureToHalfAUnitOfItsLastDigit() {
        StatedFigure twenty = StatedFigure.of(20, 0.5, Qualifier.EXACT, "20%");

        assertThat(twenty.holds(20.4)).isTrue();
        assertThat(twenty.holds(19.6)).isTrue();
        assertThat(twenty.holds(20.6)).isFalse();
    }

    @Test
    void readsAboutAsTenPercentOrOneUnit() {
        StatedFigure about = StatedFigure.of(20, 0.5, Qualifier.APPROXIMATELY, "about 20%");

        assertThat(about.holds(18.0)).isTrue();
        assertThat(about.holds(17.9)).isFalse();
    }

    @Test
    void readsNearlyAsUpToTenPercentBelowAndNothingAbove() {
        StatedFigure nearly = StatedFigure.of(40, 0.5, Qualifier.NEARLY, "nearly 40%");

        assertThat(nearly.holds(36.5)).isTrue();
        assertThat(nearly.holds(40.4)).isTrue();
        assertThat(nearly.holds(41)).isFalse();
    }

    @Test
    void contradictsOnlyBeyondTheRevisionMargin() {
        StatedFigure twentyNine = StatedFigure.of(29, 0.5, Qualifier.EXACT, "29%");

        assertThat(twentyNine.judge(28.7)).isEqualTo(Outcome.SUPPORTED);
        assertThat(twentyNine.judge(28.0)).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(twentyNine.judge(27.0)).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void turnsABoundAroundForNever() {
        StatedFigure below = StatedFigure.of(60, 0.5, Qualifier.LESS_THAN, "below 60%").negated();

        assertThat(below.holds(60)).isTrue();
        assertThat(below.holds(59)).isFalse();
    }
}
