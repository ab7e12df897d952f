package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class RecordRuleTest {

    @Test
    void supportsTheHighestSinceAYearAndChecksTheFigureToo() {
        var s = sentence("Kenya's access to electricity reached 69.7% in its latest figures, the highest since 2009.",
                "2020-03-01").figure("69.7%", "69.7", ClaimKind.PERCENT).date("2009", "2009", Qualifier.SINCE);
        var wrong = sentence("Kenya's access to electricity reached 80%, the highest since 2009.", "2020-03-01")
                .figure("80%", "80", ClaimKind.PERCENT).date("2009", "2009", Qualifier.SINCE);

        StatisticalFinding f = s.judge("69.7%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.RECORD);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2009\u20132019");
        assertThat(wrong.outcome("80%")).isEqualTo(Outcome.CONTRADICTED);
        assertThat(wrong.judge("80%").orElseThrow().ground()).isEqualTo(Ground.RECORD);
    }

    @Test
    void contradictsALowestThatIsNot() {
        var s = sentence("Access to electricity in Chad is at its lowest level since 2010.", "2020-03-01")
                .date("2010", "2010", Qualifier.SINCE);

        StatisticalFinding f = s.judge("2010").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.RECORD);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2010\u20132019");
            assertThat(e.value()).isEqualTo("6.4% in 2010, 8.4% in 2019");
        });
    }
}
