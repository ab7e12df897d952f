package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A day whose year the text does not state has the publication date's year, which a look back gets wrong. */
class YearNotStatedTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("south-sudan", "South Sudan").event("joined-un", "joined the UN");
        t.fact("south-sudan", "joined-un", "2011-07-14").source("UN");
        return t;
    }

    @Test
    void sendsAnotherYearTakenFromThePublicationDateToReview() {
        TestArticle article = TestArticle.published("2024-01-01",
                "South Sudan became independent in 2011. In the same year on July 14, South Sudan joined the UN.");

        Finding finding = Runs.one(tables(), article, article.claim("July 14").value("2023-07-14")
                .subject("South Sudan").predicate("joined the UN")
                .resolution("\u201cJuly 14\u201d = 2023-07-14, from the publication date 2024-01-01"));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
    }

    @Test
    void sendsAnotherYearTakenFromTheTextBeforeToReviewAndSaysWhereItCameFrom() {
        TestArticle article = TestArticle.undated(
                "South Sudan became independent in 2010. On July 14, South Sudan joined the UN.");

        Finding finding = Runs.one(tables(), article, article.claim("July 14").value("2010-07-14")
                .subject("South Sudan").predicate("joined the UN")
                .resolution("\u201cJuly 14\u201d = 2010-07-14, in the year the text before it tells of: 2010"));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("the year was taken from the text before it");
    }

    @Test
    void leavesAYearTakenFromTheTextBeforeUnverifiableWhenItIsTooFarForASlip() {
        TestArticle article = TestArticle.undated(
                "South Sudan's movement began in 1995. On July 14, South Sudan joined the UN.");

        Finding finding = Runs.one(tables(), article, article.claim("July 14").value("1995-07-14")
                .subject("South Sudan").predicate("joined the UN")
                .resolution("\u201cJuly 14\u201d = 1995-07-14, in the year the text before it tells of: 1995"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void stillContradictsAWrongDayInTheYearOfWriting() {
        TestArticle article = TestArticle.published("2011-07-20", "On July 12, South Sudan joined the UN.");

        Finding finding = Runs.one(tables(), article, article.claim("July 12").value("2011-07-12")
                .subject("South Sudan").predicate("joined the UN")
                .resolution("\u201cJuly 12\u201d = 2011-07-12, from the publication date 2011-07-20"));

        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_DAY);
    }
}
