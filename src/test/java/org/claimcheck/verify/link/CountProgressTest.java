package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure that says how much of a count is done is no result of the election. */
class CountProgressTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("referendum", "Greek bailout referendum", "referendum")
                .measure("no-share", "No vote", "vote", "voted No");
        t.fact("referendum", "no-share", "61.31%").source("Interior ministry").vintage("2015-07-06");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the referendum, with nearly 60% of the vote counted, the No side led.   | 60%
            In the referendum, over 80% of the ballots have been counted.              | 80%
            In the referendum, 90% of all votes cast were tallied by midnight.         | 90%
            """)
    void neverJudgesTheShareCountedAsAResult(String sentence, String figure) {
        TestArticle article = TestArticle.published("2015-07-05", sentence);

        Finding finding = Runs.one(tables, article, article.claim(figure).subject("referendum"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the referendum, 60% of the vote went to the No side.                    | 60%
            In the referendum, the No vote counted 60% of the ballots.                 | 60%
            """)
    void stillJudgesAShareOfTheVote(String sentence, String figure) {
        TestArticle article = TestArticle.published("2015-07-07", sentence);

        Finding finding = Runs.one(tables, article, article.claim(figure).subject("referendum"));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }
}
