package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A date set on a subject's name by "in" or "on" dates its only event, and only ever supports it. */
class DateOnNameTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("zapad-2021", "Zapad 2021", "Zapad exercise")
                .subject("russia", "Russia")
                .event("held", "held", "took place")
                .event("annexed-crimea", "annexed Crimea");
        t.fact("zapad-2021", "held", "2021-09").source("Ministry of Defence").vintage("2021-08-23");
        t.fact("russia", "held", "2018-03").source("Electoral commission").vintage("2018-03-19");
        t.fact("russia", "annexed-crimea", "2014-03").source("Encyclopedia").vintage("2015-01-01");
        return t;
    }

    @Test
    void readsADateOnTheNameOfTheSubjectOfALaterVerbAsItsOnlyEvent() {
        TestArticle article = TestArticle.published("2025-12-08",
                "The exercise Zapad 2021 in September 2021 involved some 200,000 troops.");
        Finding finding = Runs.one(tables, article, article.claim("September 2021")
                .subject("exercise Zapad 2021").predicate("involved"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.subject()).isEqualTo("zapad-2021");
            assertThat(e.attribute()).isEqualTo("held");
        });
    }

    @Test
    void leavesADateOnTheNameThatDoesNotFitTheOnlyEventUnverifiableRatherThanInConflict() {
        TestArticle article = TestArticle.published("2025-12-08",
                "The exercise Zapad 2021 in August 2021 involved some 200,000 troops.");
        Finding finding = Runs.one(tables, article, article.claim("August 2021")
                .subject("exercise Zapad 2021").predicate("involved"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void neverPicksAnEventWhenTheSubjectHasSeveral() {
        TestArticle article = TestArticle.published("2025-12-08", "Russia in March 2014 faced sanctions.");
        Finding finding = Runs.one(tables, article, article.claim("March 2014").subject("Russia").predicate("faced"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void needsTheDateToFollowTheNameDirectly() {
        TestArticle article = TestArticle.published("2025-12-08",
                "The exercise Zapad 2021 involved some 200,000 troops in September 2021.");
        Finding finding = Runs.one(tables, article, article.claim("September 2021")
                .subject("exercise Zapad 2021").predicate("involved"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
