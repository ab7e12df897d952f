package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "30 km of its length", "$1 billion of the settlement": a figure of the measure is a part of it. */
class PartOfMeasureTest {

    private final Tables tables = Tables.create()
            .subject("suez", "Suez Canal")
            .subject("deal", "Lanport settlement")
            .subject("party", "Lanport Party")
            .measure("length", "length", "long")
            .measure("amount", "settlement", "pay")
            .measure("vote-share", "vote");

    {
        tables.fact("suez", "length", "193.3 km");
        tables.fact("deal", "amount", "2.3 billion USD");
        tables.fact("party", "vote-share", "40 %");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In the Suez Canal, 30 km of its length runs through lakes. | 30 km      | Suez Canal         | runs
            Lanport settlement: $1 billion of the settlement goes to states. | $1 billion | Lanport settlement | goes
            """)
    void aFigureOfTheMeasureIsAPartOfIt(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Suez Canal has a length of 150 km.              | 150 km      | Suez Canal    | has
            The Lanport settlement was $1 billion.              | $1 billion  | Lanport settlement | was
            The Lanport Party won 48.2% of the vote.            | 48.2%       | Lanport Party | won
            """)
    void theWholeMeasureAndAShareOfAVoteAreStillJudged(String sentence, String claim, String subject,
            String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
