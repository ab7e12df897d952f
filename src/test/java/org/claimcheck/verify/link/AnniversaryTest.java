package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** An anniversary dated in its sentence is judged against the beginning of what it is the anniversary of. */
class AnniversaryTest {

    private final Tables tables = Tables.standard();

    private static TestArticle.ClaimSpec anniversary(TestArticle article, String text, String year, String of,
            String markedOn) {
        return article.claim(text).value(year).subject(of).predicate("anniversary")
                .resolution("\u201c" + text + "\u201d marked on " + markedOn + " dates the event it marks to " + year);
    }

    @Test
    void supportsAnAnniversaryThatCountsTheYearsSinceTheSigning() {
        TestArticle article = TestArticle.published("2021-07-20",
                "On 16 July 2021 Moscow and Beijing marked the 20th anniversary of the Treaty of Good-Neighbourliness.");

        Finding finding = Runs.one(tables, article,
                anniversary(article, "20th anniversary", "2001", "Treaty of Good-Neighbourliness", "16 July 2021"));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void sendsAnAnniversaryThatMiscountsTheYearsToReviewRatherThanContradictingIt() {
        TestArticle article = TestArticle.published("2021-07-20",
                "On 16 July 2021 Moscow and Beijing marked the 25th anniversary of the Treaty of Good-Neighbourliness.");

        Finding finding = Runs.one(tables, article,
                anniversary(article, "25th anniversary", "1996", "Treaty of Good-Neighbourliness", "16 July 2021"));

        // No phrase of the signing stands in the sentence: the link is to the treaty's beginning by inference.
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("16 July 2001"));
    }

    @Test
    void neverCountsAnAnniversaryFromAnEventThatIsNoBeginning() {
        Tables joined = Tables.standard().event("joined", "joined", "acceded");
        joined.fact("china", "joined", "2001-12-11").source("WTO");
        TestArticle article = TestArticle.published("2021-12-11",
                "On 11 December 2021 China marked the 20th anniversary of its membership.");

        Finding finding = Runs.one(joined, article,
                anniversary(article, "20th anniversary", "2001", "China", "11 December 2021"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void neverReadsAnAnniversaryOfSomethingElseAsOneOfASubjectNamedBesideIt() {
        TestArticle article = TestArticle.published("2021-07-20", "On 16 July 2021 the Treaty of "
                + "Good-Neighbourliness was praised at a ceremony for the 25th anniversary of the bilateral relationship.");

        Finding finding = Runs.one(tables, article,
                anniversary(article, "25th anniversary", "1996", "bilateral relationship", "16 July 2021"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
