package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A date that heads a timeline entry is read with the event that follows it. */
class TimelineEntriesTest {

    private final Tables tables = Tables.standard();

    @Test
    void readsADateAloneInItsSentenceWithTheNextSentenceOnItsLine() {
        TestArticle article = TestArticle.published("2022-03-04",
                "16 July 2002. The Treaty of Good-Neighbourliness was signed in Moscow.");
        Finding finding = Runs.one(tables, article, article.claim("16 July 2002"));

        assertThat(finding.claim().sentence()).isEqualTo(
                "16 July 2002. The Treaty of Good-Neighbourliness was signed in Moscow.");
        // the event text shows whose event it is (the treaty, before a passive verb): a firm link
        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.ARGUMENT);
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.attribute()).isEqualTo("signed");
            assertThat(e.value()).isEqualTo("16 July 2001");
        });
    }

    @Test
    void readsADateAloneOnItsLineWithTheNextLine() {
        TestArticle article = TestArticle.published("2022-03-04", "* 2 December 2018",
                "First gas flowed through the Power of Siberia pipeline.");
        Finding finding = Runs.one(tables, article, article.claim("2 December 2018"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("power-of-siberia");
    }

    @Test
    void leavesADateInASentenceOfItsOwnWordsAsItIs() {
        TestArticle article = TestArticle.published("2022-03-04",
                "In 2018 talks went on. The Power of Siberia pipeline began operations in 2019.");
        Claim claim = article.claim("2018").build();

        assertThat(TimelineEntries.headsEntry(claim)).isFalse();
        assertThat(TimelineEntries.withEvent(claim, article.article().text())).isSameAs(claim);
    }

    @Test
    void neverReadsAcrossABlankLine() {
        TestArticle article = TestArticle.published("2022-03-04", "2 December 2018", "",
                "The Power of Siberia pipeline began operations.");
        Claim claim = article.claim("2 December 2018").build();

        assertThat(TimelineEntries.withEvent(claim, article.article().text())).isSameAs(claim);
    }
}
