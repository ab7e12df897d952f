package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** An event verb with its own date in the sentence does not also date the sentence's other dates. */
class OneDatePerEventTest {

    private final Tables tables = Tables.create()
            .subject("maastricht", "Maastricht Treaty", "Treaty of Maastricht")
            .event("signed", "signed", "signing");

    {
        tables.fact("maastricht", "signed", "1992-02-07");
    }

    @Test
    void aSecondDateInTheSentenceIsAnotherEventsWhenTheVerbHasItsOwn() {
        TestArticle article = TestArticle.published("2021-01-01", "The Maastricht Treaty was signed on "
                + "7 February 1992 in Maastricht, the Netherlands, after final negotiations on 9 December 1991.");
        List<Finding> findings = Runs.verify(tables, article,
                article.claim("7 February 1992").subject("Maastricht Treaty").predicate("was signed"),
                article.claim("9 December 1991").subject("Maastricht Treaty").predicate("was signed"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void aWrongDateTheVerbGovernsIsStillContradicted() {
        TestArticle article = TestArticle.published("2021-01-01", "After final negotiations in Maastricht, the "
                + "Maastricht Treaty was signed on 9 December 1991.");
        Finding finding = Runs.one(tables, article,
                article.claim("9 December 1991").subject("Maastricht Treaty").predicate("was signed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aDateAfterAClauseMeasuredFromTheEventIsNotTheEvents() {
        TestArticle article = TestArticle.published("2021-01-01", "Thirty years after the Maastricht Treaty was "
                + "signed, in 2022, the leaders met again.", "After the Maastricht Treaty was signed, in 1991, "
                + "the leaders met again.");
        List<Finding> findings = Runs.verify(tables, article,
                article.claim("2022").subject("the leaders").predicate("met"),
                article.claim("1991").subject("the leaders").predicate("met"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).verdict()).as("a date set off after the event still dates it: "
                + findings.get(1).explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }
}
