package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A weekday is counted back from the publication date, which may be a week off: it never contradicts. */
class WeekdayLinkTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("belarus", "Belarus").event("joined-sco", "joined the SCO",
                "became a full member");
        t.fact("belarus", "joined-sco", "2024-07-04").source("SCO secretariat").vintage("2024-07-04");
        return t;
    }

    @Test
    void supportsAWeekdayThatFallsOnTheFact() {
        TestArticle article = TestArticle.published("2024-07-04", "Belarus became a full member on Thursday.");
        Finding finding = Runs.one(tables, article, article.claim("Thursday").kind(ClaimKind.DATE).value("2024-07-04")
                .subject("Belarus").predicate("became a full member").resolution("\u201cThursday\u201d = 2024-07-04"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void sendsAWeekdayThatMissesTheFactToReviewRatherThanContradictingIt() {
        TestArticle article = TestArticle.published("2024-07-12", "Belarus became a full member on Thursday.");
        Finding finding = Runs.one(tables, article, article.claim("Thursday").kind(ClaimKind.DATE).value("2024-07-11")
                .subject("Belarus").predicate("became a full member").resolution("\u201cThursday\u201d = 2024-07-11"));
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().reason()).contains("weekday");
    }

    @Test
    void stillContradictsTheSameClaimWithItsDateWrittenOut() {
        TestArticle article = TestArticle.published("2024-07-12", "Belarus became a full member on 11 July 2024.");
        Finding finding = Runs.one(tables, article, article.claim("11 July 2024").subject("Belarus")
                .predicate("became a full member"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }
}
