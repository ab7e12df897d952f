package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class ClaimedPeriodTest {

    @Test
    void countsOutASpanLeadingUpToAYear() {
        var s = sentence("In the decade leading up to 2018, access to electricity in Chad stayed below 15%.",
                "2019-01-01").date("2018", "2018").figure("15%", "15", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        assertThat(s.judge("15%").orElseThrow().explanation()).contains("the decade leading up to 2018",
                "lowest 6.3% in 2009", "highest 10.9% in 2017", "supported");
    }

    @Test
    void countsTheLastDecadesBackFromThePublicationYear() {
        var s = sentence("Kenya's access to electricity has remained above 15% for the last three years.",
                "2019-06-01").figure("15%", "15", ClaimKind.PERCENT, Qualifier.MORE_THAN);

        assertThat(s.judge("15%").orElseThrow().explanation()).contains("53.1% in 2016", "61.2% in 2018",
                "supported");
    }

    @Test
    void readsPriorToAYearAsEveryEarlierYearForABoundOnly() {
        var bound = sentence("Prior to 2015, wind gave less than 15% of the UK's power.", "2016-01-18")
                .date("2015", "2015", Qualifier.BEFORE).figure("15%", "15", ClaimKind.PERCENT, Qualifier.LESS_THAN);
        var level = sentence("Prior to 2015, wind gave 2% of the UK's power.", "2016-01-18")
                .date("2015", "2015", Qualifier.BEFORE).figure("2%", "2", ClaimKind.PERCENT);

        assertThat(bound.judge("15%").orElseThrow().explanation()).contains("(before 2015)", "1.8% in 2008",
                "9.5% in 2014", "supported");
        assertThat(level.outcome("2%")).isEqualTo(Outcome.UNVERIFIABLE);
    }

    @Test
    void takesTheDateRightAfterEachFigure() {
        var s = sentence("Access to electricity in Kenya was 19% in 2010 and 61% in 2018.", "2019-01-01")
                .figure("19%", "19", ClaimKind.PERCENT).date("2010", "2010")
                .figure("61%", "61", ClaimKind.PERCENT).date("2018", "2018");

        assertThat(s.judge("19%").orElseThrow().explanation()).contains("19.2% in 2010", "supported");
        assertThat(s.judge("61%").orElseThrow().explanation()).contains("61.2% in 2018", "supported");
    }

    @Test
    void readsAListAfterIncludingAsThePlacesThemselves() {
        var s = sentence("In several African countries, including Kenya and Chad, access to electricity was below 70%"
                + " in 2017.", "2019-01-01").figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN)
                .date("2017", "2017");

        assertThat(s.outcome("70%")).isEqualTo(Outcome.SUPPORTED);
    }
}
