package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure ending in two or more zeros may be a round figure: a conflict within its rounding goes to review. */
class RoundFigureTest {

    private final Tables tables = Tables.create()
            .subject("pipeline", "Lanport pipeline")
            .measure("length", "long", "length")
            .measure("cost", "cost");

    {
        tables.fact("pipeline", "length", "3076 km");
        tables.fact("pipeline", "cost", "146.88 billion USD");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Lanport pipeline is 3100 km long.   | 3100 km      | is   | POSSIBLE_CONFLICT
            The Lanport pipeline is 3,000 km long.  | 3,000 km     | is   | POSSIBLE_CONFLICT
            The Lanport pipeline is 3,200 km long.  | 3,200 km     | is   | CONTRADICTED
            The Lanport pipeline is 3,090 km long.  | 3,090 km     | is   | CONTRADICTED
            The Lanport pipeline cost $150 billion. | $150 billion | cost | CONTRADICTED
            """)
    void aConflictWithinTheRoundingOfTrailingZerosGoesToReview(String sentence, String claim, String predicate,
            Verdict verdict) {
        Finding finding = check(sentence, claim, "Lanport pipeline", predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }
}
