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

        assertThat(s.judge("2000").orElseThrow().explanation()).contains("contradicted", "yearly steps");
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
        assertThat(tripled.judge("2010").orElseThrow().explanation()).contains("a ratio of 3.19", "contradicted");
    }
}
