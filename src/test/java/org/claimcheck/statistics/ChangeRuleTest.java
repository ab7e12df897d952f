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

        StatisticalFinding risen = rose.judge("50%").orElseThrow();
        assertThat(risen.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(risen.ground()).isEqualTo(Ground.CHANGE);
        assertThat(risen.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2000\u20132017");
            assertThat(e.value()).isEqualTo("55,000 deaths in 2000, 90,900 deaths in 2017");
        });
        assertThat(fell.outcome("20%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void judgesEachEndOfFromAToB() {
        var s = sentence("In Kenya, access to electricity increased from about 19% to over 60% between 2010 and 2018.",
                "2019-03-21").figure("19%", "19", ClaimKind.PERCENT, Qualifier.APPROXIMATELY)
                .figure("60%", "60", ClaimKind.PERCENT, Qualifier.MORE_THAN).date("2010 and 2018", "2010/2018");

        // "about 19%" fits 2010's 19.2%, not 2018's 61.2%: it is read as the start
        StatisticalFinding start = s.judge("19%").orElseThrow();
        assertThat(start.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(start.ground()).isEqualTo(Ground.CHANGE);
        assertThat(start.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("19.2% in 2010, 61.2% in 2018");
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

        StatisticalFinding f = s.judge("12%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.CHANGE_NEEDS_SPAN);
    }
}
