package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class RatioTextTest {

    @Test
    void readsAShareOfCountsAtTheSmallerCountsPrecision() {
        StatedFigure eight = RatioText.share("eight out of 10", Qualifier.EXACT).orElseThrow();
        StatedFigure one = RatioText.share("one in five", Qualifier.EXACT).orElseThrow();

        assertThat(eight.low()).isEqualTo(75.0, within(1e-9));
        assertThat(eight.high()).isEqualTo(85.0, within(1e-9));
        assertThat(one.holds(18.5)).isTrue();
        assertThat(one.holds(23)).isFalse();
        assertThat(RatioText.share("2 in 2019", Qualifier.EXACT)).isPresent();
        assertThat(RatioText.share("five in three", Qualifier.EXACT)).isEmpty();
    }

    @Test
    void readsAOneToManyRatioPerThousandWithItsRange() {
        StatedFigure range = RatioText.perThousand("1:4,000", "-5,000.", Qualifier.APPROXIMATELY).orElseThrow();

        assertThat(range.holds(0.22)).isTrue();
        assertThat(range.holds(0.4)).isFalse();
    }

    @Test
    void readsFallingShortOfARecommendedRatioAsABound() {
        var shortOf = sentence("Nigeria's doctor-to-population ratio falls far short of the WHO recommended ratio of "
                + "1:600.", "2022-04-01").figure("1:600", "0.1667", ClaimKind.PERCENT);
        var austria = sentence("Austria's doctor-to-population ratio falls far short of the WHO recommended ratio of "
                + "1:600.", "2022-04-01").figure("1:600", "0.1667", ClaimKind.PERCENT);

        // falling short of one doctor per 600 people (1.67 per 1,000) is a bound, and Nigeria's 0.4 is below it
        StatisticalFinding f = shortOf.judge("1:600").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("0.37 per 1,000 people in 2019, 0.4 per 1,000 people in 2021");
        assertThat(austria.outcome("1:600")).isEqualTo(Outcome.CONTRADICTED);
    }
}
