package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.statistics.StatisticsFixture.sentence;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class SpanRuleTest {

    @Test
    void supportsABoundThatHeldInEveryYearOfTheSpan() {
        var s = sentence("Between 2010 and 2018, less than 15% of the population in Chad had access to electricity.",
                "2019-03-21").date("2010 and 2018", "2010/2018")
                .figure("15%", "15", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        StatisticalFinding f = s.judge("15%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::years).isEqualTo("2010\u20132018");
    }

    @Test
    void contradictsConsistencyBrokenInOneYearAndNamesIt() {
        var s = sentence("Since 2010, at least eight out of 10 Kenyans have consistently had electricity.",
                "2019-03-21").date("2010", "2010", Qualifier.SINCE)
                .figure("eight out of 10", "80", ClaimKind.PERCENT, Qualifier.AT_LEAST);

        StatisticalFinding f = s.judge("eight out of 10").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.CONTRADICTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().satisfies(e -> {
            assertThat(e.years()).isEqualTo("2010\u20132019");
            assertThat(e.value()).isEqualTo("10 years, lowest 19.2% in 2010, highest 69.7% in 2019");
        });
    }

    @Test
    void readsACountOverASpanWithoutARateAsItsTotal() {
        var s = sentence("Over 250,000 people in Nigeria died from cancer between 2015 and 2017.", "2019-01-01")
                .figure("250,000", "250000", ClaimKind.NUMBER, Qualifier.MORE_THAN)
                .date("2015 and 2017", "2015/2017");

        StatisticalFinding f = s.judge("250,000").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("total 265,700 deaths over 2015\u20132017");
    }

    @Test
    void abstainsWhenFewerThanHalfTheYearsHaveAFigure() {
        var s = sentence("Between 2000 and 2015, wind generated less than 20% of the UK's power.", "2016-01-18")
                .date("2000 and 2015", "2000/2015").figure("20%", "20", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        StatisticalFinding f = s.judge("20%").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
        assertThat(f.ground()).isEqualTo(Ground.TOO_FEW_FIGURES);
    }

    @Test
    void readsNeverBelowAsAtLeast() {
        var s = sentence("Since 2011, Kenya's access to electricity never fell below 30%.", "2019-03-21")
                .date("2011", "2011", Qualifier.SINCE).figure("30%", "30", ClaimKind.PERCENT, Qualifier.LESS_THAN);

        assertThat(s.outcome("30%")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void readsAPlainZeroAsZeroInAnyUnitOverTheSpan() {
        var s = sentence("In the United Kingdom, the share of electricity from solar stayed zero between 2008 and 2009.",
                "2016-01-18").figure("zero", "0", ClaimKind.NUMBER).date("2008 and 2009", "2008/2009");

        StatisticalFinding f = s.judge("zero").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
    }

    @Test
    void readsFiguresWithSpansOfTheirOwnAsTheSpansTotalsNotAsEndsOfTheChange() {
        var s = sentence("Deaths from cancer in Nigeria increased from 174,800 during 2015-2016 to 179,700 during "
                + "2016-2017.", "2019-01-01")
                .figure("174,800", "174800", ClaimKind.NUMBER).date("2015-2016", "2015/2016")
                .figure("179,700", "179700", ClaimKind.NUMBER).date("2016-2017", "2016/2017");

        StatisticalFinding f = s.judge("174,800").orElseThrow();
        assertThat(f.outcome()).isEqualTo(Outcome.SUPPORTED);
        assertThat(f.ground()).isEqualTo(Ground.SPAN);
        assertThat(f.evidence()).singleElement().extracting(SeriesEvidence::value)
                .isEqualTo("total 174,800 deaths over 2015\u20132016");
        assertThat(s.outcome("179,700")).isEqualTo(Outcome.SUPPORTED);
    }

    @Test
    void readsAYearlyFigureWithASpanOfItsOwnAsTheSpansAverage() {
        var annual = sentence("Annual deaths from cancer in Nigeria rose from about 87,400 during 2015-2016 to about "
                + "89,850 during 2016-2017.", "2019-01-01")
                .figure("87,400", "87400", ClaimKind.NUMBER, Qualifier.APPROXIMATELY).date("2015-2016", "2015/2016")
                .figure("89,850", "89850", ClaimKind.NUMBER, Qualifier.APPROXIMATELY).date("2016-2017", "2016/2017");
        var total = sentence("Deaths from cancer in Nigeria rose from about 87,400 during 2015-2016 to about "
                + "89,850 during 2016-2017.", "2019-01-01")
                .figure("87,400", "87400", ClaimKind.NUMBER, Qualifier.APPROXIMATELY).date("2015-2016", "2015/2016")
                .figure("89,850", "89850", ClaimKind.NUMBER, Qualifier.APPROXIMATELY).date("2016-2017", "2016/2017");

        assertThat(annual.judge("87,400").orElseThrow().evidence()).singleElement()
                .extracting(SeriesEvidence::value).asString().startsWith("yearly average 87,400");
        assertThat(annual.outcome("89,850")).isEqualTo(Outcome.SUPPORTED);
        assertThat(total.outcome("87,400")).isEqualTo(Outcome.CONTRADICTED);
    }
}
