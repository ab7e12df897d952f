package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class StatisticsJudgeTest {

    @Test
    void leavesSentencesWithoutAPlaceOrAnIndicatorToTheTables() {
        assertThat(sentence("Trade rose to 20% of output.", "2019-01-01").figure("20%", "20", ClaimKind.PERCENT)
                .judge("20%")).isEmpty();
        assertThat(sentence("Kenya's trade rose to 20% of output.", "2019-01-01")
                .figure("20%", "20", ClaimKind.PERCENT).judge("20%")).isEmpty();
    }

    @Test
    void addsUpSeriesTheSentenceNamesTogether() {
        var s = sentence("In 2015, wind and solar gave less than 4% of France's power.", "2016-06-01")
                .date("2015", "2015").figure("4%", "4", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        StatisticalFinding f = s.judge("4%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.attributeId()).isEqualTo("wind-share+solar-share");
            assertThat(e.value()).isEqualTo("5.1% in 2015");
        });
    }

    @Test
    void saysTheSameOfEachCountryOfAList() {
        var s = sentence("In Kenya and Chad, less than 70% of people had access to electricity in 2017.", "2019-01-01")
                .figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN).date("2017", "2017");

        StatisticalFinding f = s.judge("70%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        assertThat(f.evidence()).extracting(SeriesEvidence::subjectCode).containsExactly("KEN", "TCD");
    }

    @Test
    void readsARegionThatOnlyIntroducesAListAsNoPlaceOfItsOwn() {
        var s = sentence("In major European countries like France and Germany, aid as a share of national income was "
                + "below 0.8% in 2017.", "2019-01-01")
                .figure("0.8%", "0.8", ClaimKind.PERCENT, Qualifier.LESS_THAN).date("2017", "2017");

        StatisticalFinding f = s.judge("0.8%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).extracting(SeriesEvidence::subjectCode).containsExactly("FRA", "DEU");
    }

    @Test
    void readsAPercentageOfTheWorldsTotalAsThePlacesShareOfTheWorldFigure() {
        var about = sentence("In 2017, the United States accounted for about 6.7% of the world's cancer deaths.",
                "2019-01-01").date("2017", "2017").figure("6.7%", "6.7", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);
        var under = sentence("In 2017, the United States accounted for less than 5% of global deaths from cancer.",
                "2019-01-01").date("2017", "2017").figure("5%", "5", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        StatisticalFinding f = about.judge("6.7%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subjectCode()).isEqualTo("USA");
            assertThat(e.value()).isEqualTo("6.65% in 2017");
        });
        assertThat(under.outcome("5%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void readsNoPlaceInTheNameOfAnAgency() {
        var agency = sentence("According to the United States Cancer Registry, Nigeria's cancer deaths were 86,000 in "
                + "2015.", "2019-01-01").figure("86,000", "86000", ClaimKind.NUMBER).date("2015", "2015");
        var share = sentence("According to the United States Cancer Registry, cancer deaths in the region were about "
                + "6.7% of the world's total in 2017.", "2019-01-01")
                .figure("6.7%", "6.7", ClaimKind.PERCENT, Qualifier.APPROXIMATELY).date("2017", "2017");

        StatisticalFinding f = agency.judge("86,000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::subjectCode).isEqualTo("NGA");
        assertThat(share.judge("6.7%")).hasValueSatisfying(s -> {
            assertThat(s.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
            assertThat(s.explanation()).doesNotContain("United States");
        });
    }

    @Test
    void addsUpTheCountsOfCountriesTheSentenceCombinesButNotTheirPercentages() {
        var over = sentence("In Nigeria and the United States combined, more than 690,000 people died from cancer "
                + "in 2016.", "2019-01-01").figure("690,000", "690000", ClaimKind.NUMBER, Qualifier.MORE_THAN)
                .date("2016", "2016");
        var under = sentence("In Nigeria and the United States combined, fewer than 500,000 people died from cancer "
                + "in 2016.", "2019-01-01").figure("500,000", "500000", ClaimKind.NUMBER, Qualifier.LESS_THAN)
                .date("2016", "2016");
        var share = sentence("In Kenya and Chad combined, less than 70% of people had access to electricity in 2017.",
                "2019-01-01").figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN).date("2017", "2017");

        StatisticalFinding f = over.judge("690,000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subjectCode()).isEqualTo("NGA+USA");
            assertThat(e.value()).isEqualTo("699,800 deaths in 2016");
        });
        assertThat(under.outcome("500,000")).isEqualTo(Outcome.CONTRADICTED);
        assertThat(share.outcome("70%")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(share.judge("70%").orElseThrow().ground()).isEqualTo(Ground.SEVERAL_PLACES);
    }

    @Test
    void givesAFigureToNoPlaceWhenThePlacesAreNamedApartOrEachMayHaveItsOwn() {
        var apart = sentence("Kenya's access to electricity was 40.1% in 2013, when Chad was still far behind.",
                "2019-01-01").figure("40.1%", "40.1", ClaimKind.PERCENT).date("2013", "2013");
        var respective = sentence("In Kenya and Chad, access to electricity was 40.1% and 8.1% in 2013.", "2019-01-01")
                .figure("40.1%", "40.1", ClaimKind.PERCENT).figure("8.1%", "8.1", ClaimKind.PERCENT)
                .date("2013", "2013");

        assertThat(apart.judge("40.1%").orElseThrow().ground()).isEqualTo(Ground.SEVERAL_PLACES);
        assertThat(respective.judge("40.1%").orElseThrow().ground()).isEqualTo(Ground.SEVERAL_PLACES);
        assertThat(respective.judge("8.1%").orElseThrow().ground()).isEqualTo(Ground.SEVERAL_PLACES);
    }

    @Test
    void abstainsOnPeriodsItCannotPlace() {
        var month = sentence("In May 2018, over 7,000 Nigerians died from cancer.", "2018-06-01")
                .date("May 2018", "2018-05").figure("7,000", "7000", ClaimKind.NUMBER, Qualifier.MORE_THAN);
        var unread = sentence("In the early 2000s, less than 1% of people in Chad had access to electricity.",
                "2019-01-01").figure("1%", "1", ClaimKind.PERCENT, Qualifier.LESS_THAN);
        var openStart = sentence("Up to 2018, about 10% of Chad had access to electricity.", "2019-01-01")
                .date("2018", "2018").figure("10%", "10", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);

        assertThat(month.outcome("7,000")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(month.judge("7,000").orElseThrow().ground()).isEqualTo(Ground.YEARS_UNCLEAR);
        assertThat(unread.outcome("1%")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(unread.judge("1%").orElseThrow().ground()).isEqualTo(Ground.NO_FIGURE_FOR_YEAR);
        assertThat(openStart.outcome("10%")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(openStart.judge("10%").orElseThrow().ground()).isEqualTo(Ground.YEARS_UNCLEAR);
    }

    @Test
    void givesTheDatePartOfAFigureNoVerdictOfItsOwn() {
        var s = sentence("In 2017, 56% of Kenyans had access to electricity.", "2019-01-01")
                .date("2017", "2017").figure("56%", "56", ClaimKind.PERCENT);

        assertThat(s.outcome("2017")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(s.judge("2017").orElseThrow().ground()).isEqualTo(Ground.DATE_OF_FIGURE);
        assertThat(s.outcome("56%")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void abstainsWhenThePlaceHasNoSeriesOfTheFiguresKind() {
        var s = sentence("Only about 20% of Africans have access to electricity.", "2017-05-03")
                .figure("20%", "20", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);

        StatisticalFinding f = s.judge("20%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.NO_SERIES);
    }

    @Test
    void abstainsWhenTheSentenceNamesANarrowerGroupThanTheSeries() {
        var s = sentence("In 2017, more than 80,000 Nigerians died from lung cancer.", "2019-01-01")
                .date("2017", "2017").figure("80,000", "80000", ClaimKind.NUMBER, Qualifier.MORE_THAN);

        StatisticalFinding f = s.judge("80,000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.NARROWER_GROUP);
    }

    @Test
    void abstainsOnAShareOfAChange() {
        var s = sentence("In 2015, 80% of the increase in the UK's electricity came from wind and solar.", "2016-06-01")
                .date("2015", "2015").figure("80%", "80", ClaimKind.PERCENT);

        StatisticalFinding f = s.judge("80%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.SHARE_OF_CHANGE);
    }

    @Test
    void readsThePlaceOfTheFiguresOwnClauseOnly() {
        var s = sentence("The region's access to electricity is about 50%, but Kenya is ahead.", "2019-01-01")
                .figure("50%", "50", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);

        assertThat(s.judge("50%")).isEmpty();
    }

    @Test
    void leavesALevelSaidOfEveryMonthOfAYearUndecidedByAYearlySeries() {
        var monthly = sentence("For every month in 2017, access to electricity in Kenya was above 50%.", "2018-04-05")
                .date("2017", "2017").figure("50%", "50", ClaimKind.PERCENT, Qualifier.MORE_THAN);
        var yearly = sentence("In 2017, access to electricity in Kenya was above 50%.", "2018-04-05")
                .date("2017", "2017").figure("50%", "50", ClaimKind.PERCENT, Qualifier.MORE_THAN);

        StatisticalFinding f = monthly.judge("50%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.YEARS_UNCLEAR);
        assertThat(yearly.outcome("50%")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void readsTheShareOfAGroupOfPeopleAsTheIndicatorNotAsPlacesAddedUp() {
        var each = sentence("In Kenya and Chad, the share of the population with access to electricity was below 70% "
                + "in 2017.", "2019-01-01").figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN)
                .date("2017", "2017");
        var compared = sentence("In 2017, the share of Kenya in access to electricity was below 70% of Chad's.",
                "2019-01-01").figure("70%", "70", ClaimKind.PERCENT, Qualifier.LESS_THAN).date("2017", "2017");

        assertThat(each.outcome("70%")).isEqualTo(Outcome.SUPPORTED);
        assertThat(compared.judge("70%").orElseThrow().ground()).isEqualTo(Ground.SEVERAL_PLACES);
    }
}
