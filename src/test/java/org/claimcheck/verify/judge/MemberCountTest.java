package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A membership counted by an ordinal is judged only against a count for the day it gives. */
class MemberCountTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("wto", "World Trade Organization", "WTO")
                .subject("afghanistan", "Afghanistan").measure("members", "members", "member states");
        t.fact("wto", "members", "164").period("2016-07-29").source("WTO");
        t.fact("wto", "members", "166").period("2024-08-30").source("WTO");
        return t;
    }

    private static TestArticle.ClaimSpec ordinal(TestArticle article, String text, String count, String on,
            String onText) {
        return article.claim(text).kind(ClaimKind.NUMBER).value(count).subject("WTO").predicate("members")
                .period(on).resolution("\u201c" + text + "\u201d counts the members once the newcomer joined, on "
                        + onText);
    }

    @Test
    void supportsAnOrdinalThatMatchesTheCountOnItsDay() {
        TestArticle article = TestArticle.published("2016-08-01",
                "On 29 July 2016 Afghanistan became the 164th member of the WTO.");

        Finding finding = Runs.one(tables(), article, ordinal(article, "164th member", "164", "2016-07-29",
                "29 July 2016"));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void findsAnOrdinalThatMiscountsTheMembersOnItsDay() {
        TestArticle article = TestArticle.published("2016-08-01",
                "On 29 July 2016 Afghanistan became the 162nd member of the WTO.");

        Finding finding = Runs.one(tables(), article, ordinal(article, "162nd member", "162", "2016-07-29",
                "29 July 2016"));

        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("164"));
    }

    @Test
    void neverJudgesAnOrdinalAgainstTheCountOfAnotherDay() {
        TestArticle article = TestArticle.published("2020-01-01",
                "On 1 March 2019 a country became the 165th member of the WTO.");

        Finding finding = Runs.one(tables(), article, ordinal(article, "165th member", "165", "2019-03-01",
                "1 March 2019"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_PERIOD);
    }

    @Test
    void neverJudgesAnOrdinalAgainstACountWithoutADay() {
        Tables today = Tables.create().subject("wto", "World Trade Organization", "WTO")
                .measure("members", "members", "member states");
        today.fact("wto", "members", "166").source("WTO");
        TestArticle article = TestArticle.published("2016-08-01",
                "On 29 July 2016 Afghanistan became the 164th member of the WTO.");

        Finding finding = Runs.one(today, article, ordinal(article, "164th member", "164", "2016-07-29",
                "29 July 2016"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_PERIOD);
    }

    @Test
    void supportsAnOrdinalDatedByItsMonthWhenACountOfThatMonthEqualsIt() {
        TestArticle article = TestArticle.published("2016-08-01",
                "In July 2016 Afghanistan became the 164th member of the WTO.",
                "In July 2016 Afghanistan became the 165th member of the WTO.");

        var findings = Runs.verify(tables(), article,
                ordinal(article, "164th member", "164", "2016-07", "July 2016"),
                ordinal(article, "165th member", "165", "2016-07", "July 2016"));

        assertThat(findings.get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        // The tables need not hold every count of the month: no equal count is no contradiction.
        assertThat(findings.get(1).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.NO_FACT_FOR_PERIOD);
    }
}
