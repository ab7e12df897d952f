package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class TrendRuleTest {

    @Test
    void contradictsADirectionTheSeriesDoesNotTake() {
        var s = sentence("Deaths from cancer in Nigeria have been steadily decreasing since 2000.", "2018-05-10")
                .date("2000", "2000", Qualifier.SINCE);

        // cancer deaths rose from 55,000 to 90,900: not decreasing, let alone steadily
        StatisticalFinding f = s.judge("2000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.TREND);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2000\u20132017");
            assertThat(e.value()).isEqualTo("55,000 deaths in 2000, 90,900 deaths in 2017");
        });
    }

    @Test
    void supportsARiseOverTheSpan() {
        var s = sentence("Deaths from cancer in the United States have been increasing since 2010.", "2018-05-10")
                .date("2010", "2010", Qualifier.SINCE);

        assertThat(s.outcome("2010")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void readsDoubledWithinFivePercent() {
        var doubled = sentence("Access to electricity in Kenya has more than doubled since 2010.", "2019-03-21")
                .date("2010", "2010", Qualifier.SINCE);
        var tripled = sentence("Access to electricity in Kenya has tripled since 2010.", "2019-03-21")
                .date("2010", "2010", Qualifier.SINCE);

        assertThat(doubled.outcome("2010")).isEqualTo(Outcome.SUPPORTED);
        // 19.2% to 61.2% is a ratio of 3.19, more than 5 % off three
        StatisticalFinding f = tripled.judge("2010").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.TREND);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("19.2% in 2010, 61.2% in 2018");
    }
}
