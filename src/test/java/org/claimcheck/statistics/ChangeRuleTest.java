package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class ChangeRuleTest {

    @Test
    void comparesARelativeChangeWithTheSpansEnds() {
        var rose = sentence("In Nigeria, deaths from cancer rose by over 50% from 2000 to 2017.", "2019-01-01")
                .figure("50%", "50", ClaimKind.PERCENT, Qualifier.MORE_THAN).date("2000 to 2017", "2000/2017");
        var fell = sentence("In Nigeria, deaths from cancer fell by 20% between 2000 and 2017.", "2019-01-01")
                .figure("20%", "20", ClaimKind.PERCENT).date("2000 and 2017", "2000/2017");

        assertThat(rose.judge("50%").orElseThrow().explanation()).contains("a change of 65.3%", "supported");
        assertThat(fell.outcome("20%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void judgesEachEndOfFromAToB() {
        var s = sentence("In Kenya, access to electricity increased from about 19% to over 60% between 2010 and 2018.",
                "2019-03-21").figure("19%", "19", ClaimKind.PERCENT, Qualifier.APPROXIMATELY)
                .figure("60%", "60", ClaimKind.PERCENT, Qualifier.MORE_THAN).date("2010 and 2018", "2010/2018");

        assertThat(s.judge("19%").orElseThrow().explanation()).contains("the figure at the start, 2010");
        assertThat(s.outcome("19%")).isEqualTo(Outcome.SUPPORTED);
        assertThat(s.outcome("60%")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void contradictsARiseToALevelTheEndDoesNotReach() {
        var s = sentence("In the last decade, access to electricity in Chad has increased to over 20%.", "2019-03-21")
                .date("the last decade", "201X").figure("20%", "20", ClaimKind.PERCENT, Qualifier.MORE_THAN);

        assertThat(s.outcome("20%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void abstainsOnAChangeWithoutItsYears() {
        var s = sentence("Nigeria's cancer deaths rose by 12%.", "2019-01-01")
                .figure("12%", "12", ClaimKind.PERCENT);

        assertThat(s.judge("12%").orElseThrow().explanation()).contains("a change needs the two years");
    }
}
