package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.junit.jupiter.api.Test;

class RankRuleTest {

    @Test
    void supportsTheHighestOfTheGroupOnItsLevel() {
        var s = sentence("The UK spends 0.7% of its GNI on aid, which is more than any other G7 country.", "2018-06-15")
                .figure("0.7%", "0.7", ClaimKind.PERCENT);

        StatisticalFinding f = s.judge("0.7%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.RANK);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subjectCode()).isEqualTo("GBR");
            assertThat(e.years()).isEqualTo("2017");
        });
    }

    @Test
    void contradictsAWrongLevelBeforeTheRank() {
        var s = sentence("France spends 0.7% of its GNI on aid, which is more than any other G7 country.",
                "2018-06-15").figure("0.7%", "0.7", ClaimKind.PERCENT);

        assertThat(s.outcome("0.7%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void abstainsOnARankAmongCountriesMostOfWhichHaveNoFigure() {
        var s = sentence("The UK's aid of 0.7% of its GNI is the highest in the world.", "2018-06-15")
                .figure("0.7%", "0.7", ClaimKind.PERCENT);

        StatisticalFinding f = s.judge("0.7%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.GROUP_INCOMPLETE);
    }
}
