package org.claimcheck.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeriesTest {

    private final Series series = new Series("GBR", "unemployment-rate", "Office", new int[] {1990, 2000, 2010},
            new double[] {6.9, 5.4, 7.8});

    @Test
    void findsTheLatestYearUpToAndIncludingTheOneAskedFor() {
        assertThat(series.findLatestOnOrBefore(2000)).contains(new YearlyPoint(2000, 5.4));
        assertThat(series.findLatestOnOrBefore(2009)).contains(new YearlyPoint(2000, 5.4));
        assertThat(series.findLatestOnOrBefore(2030)).contains(new YearlyPoint(2010, 7.8));
        assertThat(series.findLatestOnOrBefore(1989)).isEmpty();
    }

    @Test
    void aDateCountsItsOwnYear() {
        assertThat(series.findLatestOnOrBefore(LocalDate.of(2010, 1, 1))).contains(new YearlyPoint(2010, 7.8));
    }

    @Test
    void givesTheFiguresBetweenTwoYearsBothIncluded() {
        assertThat(series.between(1995, 2010)).containsExactly(new YearlyPoint(2000, 5.4),
                new YearlyPoint(2010, 7.8));
        assertThat(series.between(2001, 2009)).isEmpty();
        assertThat(series.between(Integer.MIN_VALUE, Integer.MAX_VALUE)).hasSize(3);
    }

    @Test
    void findsAValueOnlyForAYearItHas() {
        assertThat(series.findValue(2000)).hasValue(5.4);
        assertThat(series.findValue(2001)).isEmpty();
        assertThat(series.first()).contains(new YearlyPoint(1990, 6.9));
        assertThat(series.last()).contains(new YearlyPoint(2010, 7.8));
    }

    @Test
    void refusesYearsOutOfOrderAndMissingValues() {
        assertThatThrownBy(() -> new Series("GBR", "x", "s", new int[] {2001, 2000}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Series("GBR", "x", "s", new int[] {2000}, new double[] {Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
