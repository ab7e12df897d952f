package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Choosing the period and the vintage a claim is judged against. */
class SelectionTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2022-03-04");

    private static List<Fact> trade() {
        Tables t = Tables.standard();
        t.fact("russia-china", "trade", "146.9 billion USD").period("2021").vintage("2022-06-20");
        t.fact("russia-china", "trade", "146.5 billion USD").period("2021");
        return t.index().facts("russia-china", "trade");
    }

    @ParameterizedTest(name = "published {0}: vintages {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-03-04 | 2022-01-14, | 2022-06-20
            2022-06-20 | 2022-06-20, |
            2022-01-14 | 2022-01-14, | 2022-06-20
            2021-12-31 | ''          | 2022-01-14,2022-06-20
            """)
    void judgesTheNewestVintageKnownAtPublicationAndKeepsLaterOnes(String published, String judged, String later) {
        List<Fact> facts2021 = trade().stream().filter(f -> f.period().first().getYear() == 2021).toList();
        VintageChoice choice = VintageSelector.select(facts2021, LocalDate.parse(published));
        assertThat(choice.judged().stream().map(f -> f.vintage() == null ? "" : f.vintage().toString()).sorted())
                .containsExactlyElementsOf(List.of((judged).split(",", -1)).stream().sorted().toList());
        assertThat(choice.anyMayDecide()).isFalse();
        assertThat(choice.later().stream().map(f -> f.vintage().toString()).toList())
                .isEqualTo(later == null ? List.of() : List.of(later.split(",")));
    }

    @Test
    void judgesEveryVintageWhenAllArePublishedAfterTheArticle() {
        List<Fact> dated = trade().stream().filter(f -> f.vintage() != null).toList();
        VintageChoice choice = VintageSelector.select(dated, LocalDate.parse("2018-01-01"));
        assertThat(choice.judged()).hasSameSizeAs(dated);
        assertThat(choice.anyMayDecide()).isTrue();
        assertThat(choice.note()).isEqualTo("every vintage is later than the article (2018-01-01)");
    }

    @Test
    void judgesEveryVintageWhenThereIsNoPublicationDate() {
        VintageChoice choice = VintageSelector.select(trade(), null);
        assertThat(choice.judged()).hasSize(trade().size());
        assertThat(choice.anyMayDecide()).isTrue();
    }

    @Test
    void picksTheStatedPeriodOrSaysItIsMissing() {
        TestArticle article = TestArticle.published("2022-03-04", "Trade reached $1 billion.");
        PeriodChoice stated = PeriodSelector.select(article.claim("$1 billion").period("2019").build(),
                AttributeKind.MEASURE, trade(), PUBLISHED);
        assertThat(stated.chosen()).isTrue();
        assertThat(stated.facts()).extracting(f -> f.period().canonical()).containsOnly("2019");
        PeriodChoice missing = PeriodSelector.select(article.claim("$1 billion").period("2022-Q3").build(),
                AttributeKind.MEASURE, trade(), PUBLISHED);
        assertThat(missing.failure()).isEqualTo("no figure for 2022-Q3 (the table has 2018, 2019, 2020, 2021)");
        PeriodChoice none = PeriodSelector.select(article.claim("$1 billion").build(), AttributeKind.MEASURE, trade(),
                PUBLISHED);
        assertThat(none.ambiguous()).isTrue();
    }

    @Test
    void neverAssumesAPeriodThatBeganAfterTheArticleWasPublished() {
        TestArticle early = TestArticle.published("2019-06-01", "Trade reached $1 billion.");
        PeriodChoice some = PeriodSelector.select(early.claim("$1 billion").build(), AttributeKind.MEASURE, trade(),
                LocalDate.parse("2019-06-01"));
        assertThat(some.ambiguous()).isTrue();
        assertThat(some.facts()).extracting(f -> f.period().canonical()).containsOnly("2018", "2019");

        TestArticle earlier = TestArticle.published("2018-06-01", "Trade reached $1 billion.");
        PeriodChoice one = PeriodSelector.select(earlier.claim("$1 billion").build(), AttributeKind.MEASURE, trade(),
                LocalDate.parse("2018-06-01"));
        assertThat(one.assumed()).isTrue();
        assertThat(one.period().canonical()).isEqualTo("2018");

        TestArticle before = TestArticle.published("2017-06-01", "Trade reached $1 billion.");
        PeriodChoice none = PeriodSelector.select(before.claim("$1 billion").build(), AttributeKind.MEASURE, trade(),
                LocalDate.parse("2017-06-01"));
        assertThat(none.chosen()).isFalse();
        assertThat(none.ambiguous()).isFalse();
        assertThat(none.missing()).isEqualTo(Reason.ONLY_LATER_PERIODS);

        TestArticle target = TestArticle.published("2017-06-01", "They aim to reach $1 billion.");
        PeriodChoice forecast = PeriodSelector.select(target.claim("$1 billion").build(), AttributeKind.MEASURE,
                trade(), LocalDate.parse("2017-06-01"));
        assertThat(forecast.ambiguous()).isTrue();
    }

    @Test
    void ignoresPeriodsForEventsAndUsesTimelessFiguresForAnyPeriod() {
        Tables t = Tables.standard();
        TestArticle article = TestArticle.published("2022-03-04", "It is 3,000 km long.");
        PeriodChoice length = PeriodSelector.select(article.claim("3,000 km").period("2021").build(),
                AttributeKind.MEASURE, t.index().facts("power-of-siberia", "length"), PUBLISHED);
        assertThat(length.chosen()).isTrue();
        assertThat(length.period()).isNull();
        assertThat(length.assumed()).isFalse();
    }
}
