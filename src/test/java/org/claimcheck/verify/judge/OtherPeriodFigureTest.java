package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure with no period that the table gives for one of its periods may be that period's, not a slip: the
 * canal as built was 363 miles long, the canal today is 351.
 */
class OtherPeriodFigureTest {

    private final Tables tables = Tables.create()
            .subject("erie", "Erie Canal", "the canal")
            .measure("length", "long", "length");

    {
        tables.fact("erie", "length", "351 mi").source("Canal authority").vintage("2020-01-01");
        tables.fact("erie", "length", "363 mi").period("1825").source("Canal history").vintage("2020-01-01");
    }

    private Finding check(String sentence, String claim, String predicate, String period) {
        TestArticle article = TestArticle.published("2022-05-01", sentence);
        TestArticle.ClaimSpec spec = article.claim(claim).subject("Erie Canal").predicate(predicate);
        return Runs.one(tables, article, period.isEmpty() ? spec : spec.period(period));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Erie Canal was 363 miles long.                   | 363 miles | was
            The Erie Canal has a total length of 363 miles.      | 363 miles | has a total length of
            """)
    void aFigureTheTableGivesForAnotherPeriodGoesToReview(String sentence, String claim, String predicate) {
        Finding finding = check(sentence, claim, predicate, "");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("the table's for 1825");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Erie Canal is 340 miles long.                    | 340 miles | is   |      | CONTRADICTED
            The Erie Canal is 351 miles long.                    | 351 miles | is   |      | SUPPORTED
            In 1825 the Erie Canal was 363 miles long.           | 363 miles | was  | 1825 | SUPPORTED
            In 1900 the Erie Canal was 363 miles long.           | 363 miles | was  | 1900 | CONTRADICTED
            """)
    void aFigureOfNoPeriodOrAStatedPeriodIsJudgedAsBefore(String sentence, String claim, String predicate,
            String period, Verdict verdict) {
        Finding finding = check(sentence, claim, predicate, period == null ? "" : period);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @Test
    void aFigureOfNoPeriodTheTableLacksEverywhereStillContradicts() {
        Finding finding = check("The Erie Canal has a total length of 300 miles.", "300 miles",
                "has a total length of", "");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
