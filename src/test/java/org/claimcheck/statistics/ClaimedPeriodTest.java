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

        StatisticalFinding f = s.judge("15%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2009\u20132018");
    }

    @Test
    void takesTheOneDateInTheFiguresOwnStretchBetweenCommas() {
        var s = sentence("After a slump in the 2000s, Kenya gave more than 35% of its people access to electricity "
                + "from 2011 to 2015.", "2019-01-01").date("the 2000s", "200X")
                .figure("35%", "35", ClaimKind.PERCENT, Qualifier.MORE_THAN).date("2011 to 2015", "2011/2015");
        var elsewhere = sentence("After a slump in the 2000s, Kenya gave more than 35% of its people access to "
                + "electricity, from 2011 to 2015.", "2019-01-01").date("the 2000s", "200X")
                .figure("35%", "35", ClaimKind.PERCENT, Qualifier.MORE_THAN).date("2011 to 2015", "2011/2015");

        StatisticalFinding f = s.judge("35%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2011\u20132015");
        assertThat(elsewhere.judge("35%").orElseThrow().ground()).isEqualTo(Ground.YEARS_UNCLEAR);
    }

    @Test
    void countsTheLastDecadesBackFromThePublicationYear() {
        var s = sentence("Kenya's access to electricity has remained above 15% for the last three years.",
                "2019-06-01").figure("15%", "15", ClaimKind.PERCENT, Qualifier.MORE_THAN);

        StatisticalFinding f = s.judge("15%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2016\u20132018");
            assertThat(e.value()).isEqualTo("53.1% in 2016, 55.8% in 2017, 61.2% in 2018");
        });
    }

    @Test
    void readsPriorToAYearAsEveryEarlierYearForABoundOnly() {
        var bound = sentence("Prior to 2015, wind gave less than 15% of the UK's power.", "2016-01-18")
                .date("2015", "2015", Qualifier.BEFORE).figure("15%", "15", ClaimKind.PERCENT, Qualifier.LESS_THAN);
        var level = sentence("Prior to 2015, wind gave 2% of the UK's power.", "2016-01-18")
                .date("2015", "2015", Qualifier.BEFORE).figure("2%", "2", ClaimKind.PERCENT);

        StatisticalFinding below = bound.judge("15%").orElseThrow();
        assertThat(below.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(below.ground()).isEqualTo(Ground.SPAN);
        assertThat(below.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2008\u20132014");
        assertThat(level.outcome("2%")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(level.judge("2%").orElseThrow().ground()).isEqualTo(Ground.YEARS_UNCLEAR);
    }

    @Test
    void takesTheDateRightAfterEachFigure() {
        var s = sentence("Access to electricity in Kenya was 19% in 2010 and 61% in 2018.", "2019-01-01")
                .figure("19%", "19", ClaimKind.PERCENT).date("2010", "2010")
                .figure("61%", "61", ClaimKind.PERCENT).date("2018", "2018");

        StatisticalFinding first = s.judge("19%").orElseThrow();
        StatisticalFinding second = s.judge("61%").orElseThrow();
        assertThat(first.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(first.ground()).isEqualTo(Ground.LEVEL);
        assertThat(first.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2010");
        assertThat(second.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(second.ground()).isEqualTo(Ground.LEVEL);
        assertThat(second.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2018");
    }

    @Test
    void readsAListAfterIncludingAsThePlacesThemselves() {
        var s = sentence("In several African countries, including Kenya and Chad, access to electricity was below 70%"
                + " in 2017.", "2019-01-01").figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN)
                .date("2017", "2017");

        assertThat(s.outcome("70%")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void givesAFigureItsOwnPeriodWhenTheSentencesOneDateIsAnotherFiguresYear() {
        // "2015" is the extractor's period of the second figure, so the sentence's only date claim is 2008's.
        var s = sentence("The share of electricity from wind in the United Kingdom rose from 1.8% in 2008 to 11.9% in"
                + " 2015.", "2016-06-01").figure("1.8%", "1.8", ClaimKind.PERCENT).date("2008", "2008")
                .figureOf("2015", "11.9%", "11.9", ClaimKind.PERCENT);

        StatisticalFinding f = s.judge("11.9%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2015");
    }
}
