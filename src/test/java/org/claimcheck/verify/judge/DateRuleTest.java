package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.value.Qualifier;
import org.claimcheck.value.ValueGrammar;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRuleTest {

    private static Outcome compare(String claim, Qualifier qualifier, String reference) {
        return DateRule.compare(ValueGrammar.requireDate(claim), qualifier, ValueGrammar.requireDate(reference));
    }

    @ParameterizedTest(name = "{0} vs reference {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019       | 2019-12-02 | SUPPORTED    | supported
            2019-12    | 2019-12-02 | SUPPORTED    | supported
            2019-Q4    | 2019-12-02 | SUPPORTED    | supported
            2018       | 2019-12-02 | CONTRADICTED | wrong year (off by 1 year)
            2016       | 2019-12-02 | CONTRADICTED | wrong year (off by 3 years)
            2001-07-16 | 2001-07-16 | SUPPORTED    | supported
            2001-07-16 | 2001-07-17 | CONTRADICTED | wrong day
            2001-06    | 2001-07-16 | CONTRADICTED | wrong month
            2001-06-16 | 2001-07-16 | CONTRADICTED | wrong month
            """)
    void judgesAClaimAtItsOwnGranularityAgainstAReferenceDay(String claim, String reference, Verdict verdict,
            String detail) {
        Outcome outcome = compare(claim, Qualifier.EXACT, reference);
        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.detail()).contains(detail);
    }

    @ParameterizedTest(name = "{0} vs reference {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2001-07-16 | 2001       | SUPPORTED    | the reference is only as precise as a year
            2001-07    | 2001       | SUPPORTED    | the reference is only as precise as a year
            2002-07-16 | 2001       | CONTRADICTED | wrong year
            2019-12-02 | 2019-12    | SUPPORTED    | only as precise as a month
            1965       | 196X       | SUPPORTED    | only as precise as a decade
            1975       | 196X       | CONTRADICTED | wrong year
            """)
    void supportsAFinerClaimInsideACoarseReferenceAndSaysHowPreciseTheReferenceIs(String claim, String reference,
            Verdict verdict, String detail) {
        Outcome outcome = compare(claim, Qualifier.EXACT, reference);
        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.detail()).contains(detail);
    }

    @ParameterizedTest(name = "{0} vs reference {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            196X | 1964-05-01 | SUPPORTED
            196X | 196X       | SUPPORTED
            196X | 1962/1965  | SUPPORTED
            195X | 196X       | CONTRADICTED
            195X | 1964-05-01 | CONTRADICTED
            199X | 1998/2003  | UNVERIFIABLE
            19XX | 1964-05-01 | SUPPORTED
            """)
    void comparesDecadesByOverlap(String claim, String reference, Verdict verdict) {
        assertThat(compare(claim, Qualifier.EXACT, reference).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} {1} vs reference {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            SINCE         | 2014 | 2014-03-18 | SUPPORTED
            SINCE         | 2014 | 2015-01-01 | CONTRADICTED
            SINCE         | 2014 | 2012-01-01 | CONTRADICTED
            BEFORE        | 2019 | 2018-05-01 | SUPPORTED
            BEFORE        | 2019 | 2019-03-01 | CONTRADICTED
            BEFORE        | 2019 | 2018/2020  | UNVERIFIABLE
            AFTER         | 2019 | 2020-01-01 | SUPPORTED
            AFTER         | 2019 | 2019-06-01 | CONTRADICTED
            AT_MOST       | 2019 | 2019-12-02 | SUPPORTED
            AT_MOST       | 2019 | 2020-01-05 | CONTRADICTED
            AT_LEAST      | 2019 | 2019-12-02 | SUPPORTED
            AT_LEAST      | 2019 | 2018-12-02 | CONTRADICTED
            APPROXIMATELY | 2019 | 2020-03-01 | SUPPORTED
            APPROXIMATELY | 2019 | 2021-03-01 | CONTRADICTED
            UNTIL         | 2019 | 2019-06-01 | SUPPORTED
            UNTIL         | 2019 | 2020-06-01 | CONTRADICTED
            UNTIL         | 2019 | 2018-06-01 | CONTRADICTED
            """)
    void readsQualifiersOnDatesAsStartDatesAndInequalities(Qualifier qualifier, String claim, String reference,
            Verdict verdict) {
        assertThat(compare(claim, qualifier, reference).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{1} {0} vs reference {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2019       | EXACT         | 2019-12-02 | VALUE_AGREES
            2019       | APPROXIMATELY | 2020-01-15 | WITHIN_APPROXIMATION
            2019       | BEFORE        | 2018-05-01 | BOUND_HOLDS
            2019       | BEFORE        | 2020-03-01 | BOUND_FAILS
            2018-06    | BEFORE        | 2018       | PARTIAL_OVERLAP
            2001-07-16 | EXACT         | 2001       | REFERENCE_LESS_PRECISE
            199X       | EXACT         | 1998/2003  | PARTIAL_OVERLAP
            18XX       | EXACT         | 1964-05-01 | WRONG_CENTURY
            195X       | EXACT         | 1964-05-01 | WRONG_DECADE
            2018       | EXACT         | 2019-12-02 | WRONG_YEAR
            2001-06    | EXACT         | 2001-07-16 | WRONG_MONTH
            2001-07-16 | EXACT         | 2001-07-17 | WRONG_DAY
            """)
    void givesEachComparisonItsReason(String claim, Qualifier qualifier, String reference, Reason reason) {
        Outcome outcome = compare(claim, qualifier, reference);
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(reason.verdicts()).contains(outcome.verdict());
    }
}
