package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class LevelRuleTest {

    @Test
    void supportsALevelInTheYearItNames() {
        var s = sentence("In 2017, more than half of Kenyans had access to electricity.", "2019-03-21")
                .date("2017", "2017").figure("half", "50", ClaimKind.PERCENT, Qualifier.MORE_THAN);

        assertThat(s.outcome("half")).isEqualTo(Outcome.SUPPORTED);
        StatisticalFinding f = s.judge("half").orElseThrow();
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2017");
            assertThat(e.value()).isEqualTo("55.8% in 2017");
        });
    }

    @Test
    void contradictsALevelOutsideTheStatedPrecision() {
        var s = sentence("In 2017, 20% of the population in Chad had access to electricity.", "2019-03-21")
                .date("2017", "2017").figure("20%", "20", ClaimKind.PERCENT);

        assertThat(s.outcome("20%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void readsTodayAsTheLatestFiguresBeforePublicationAndSaysWhichYears() {
        var s = sentence("Wind generates about 10% of the UK's power.", "2016-01-18")
                .figure("10%", "10", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);

        StatisticalFinding f = s.judge("10%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        // now is the two latest years before publication; about 10% fits 2014's 9.5%
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2014\u20132015");
            assertThat(e.value()).isEqualTo("9.5% in 2014, 11.9% in 2015");
        });
    }

    @Test
    void contradictsNowWhenNeitherRecentYearFits() {
        var s = sentence("Wind generates about 17% of France's power.", "2016-01-18")
                .figure("17%", "17", ClaimKind.PERCENT, Qualifier.APPROXIMATELY);

        assertThat(s.outcome("17%")).isEqualTo(Outcome.CONTRADICTED);
    }

    @Test
    void readsARateAgainstAnAnnualCount() {
        var fits = sentence("At least 10 Nigerians die from cancer every hour.", "2018-05-10")
                .figure("10", "10", ClaimKind.NUMBER, Qualifier.AT_LEAST);
        var tooMany = sentence("In the United States we lose more than 3,000 people a day to cancer.", "2016-04-29")
                .figure("3,000", "3000", ClaimKind.NUMBER, Qualifier.MORE_THAN);

        assertThat(fits.outcome("10")).isEqualTo(Outcome.SUPPORTED);
        // 3,000 a day is over a million a year: more than the year's 608,000
        StatisticalFinding f = tooMany.judge("3,000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.LEVEL);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("608,000 deaths in 2015");
    }

    @Test
    void abstainsOnAFigureFarOffTheSeries() {
        var s = sentence("In 2017, 5 people in Nigeria died from cancer.", "2019-01-01")
                .date("2017", "2017").figure("5", "5", ClaimKind.NUMBER);

        assertThat(s.outcome("5")).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(s.judge("5").orElseThrow().ground()).isEqualTo(Ground.ANOTHER_QUANTITY);
    }
}
