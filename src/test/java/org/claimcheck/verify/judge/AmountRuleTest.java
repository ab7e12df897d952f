package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.ValueGrammar;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountRuleTest {

    private static Outcome compare(Qualifier qualifier, String claim, String reference, Tolerance tolerance) {
        return AmountRule.compare(ValueGrammar.requireAmount(claim), qualifier, ValueGrammar.requireAmount(reference),
                tolerance);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $147 billion    | 146.88 billion USD | SUPPORTED    | supported
            $146.9bn        | 146.88 billion USD | SUPPORTED    | supported
            $146.88 billion | 146.88 billion USD | SUPPORTED    | supported
            $0.15 trillion  | 146.88 billion USD | SUPPORTED    | supported
            $146.8 billion  | 146.88 billion USD | CONTRADICTED | 0.1 % below the reference
            $174 billion    | 146.88 billion USD | CONTRADICTED | 18.5 % above the reference
            $14.7 billion   | 146.88 billion USD | CONTRADICTED | wrong magnitude: 10 times too small
            $147 million    | 146.88 billion USD | CONTRADICTED | wrong magnitude: 1,000 times too small
            $1.47 trillion  | 146.88 billion USD | CONTRADICTED | wrong magnitude: 10 times too large
            3,000 km        | 3,000 km           | SUPPORTED    | supported
            3,000,000 m     | 3,000 km           | SUPPORTED    | supported
            2,000 km        | 3,000 km           | CONTRADICTED | 33.3 % below the reference
            30%             | 29.6%              | SUPPORTED    | supported
            """)
    void judgesAPlainFigureAtItsLastStatedDigit(String claim, String reference, Verdict verdict, String detail) {
        Outcome outcome = compare(Qualifier.EXACT, claim, reference, Tolerance.NONE);
        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.detail()).contains(detail);
    }

    @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            MORE_THAN     | $140 billion    | 146.88 billion USD | SUPPORTED
            MORE_THAN     | $150 billion    | 146.88 billion USD | CONTRADICTED
            MORE_THAN     | $146.88 billion | 146.88 billion USD | SUPPORTED
            MORE_THAN     | $146.9 billion  | 146.88 billion USD | CONTRADICTED
            MORE_THAN     | $2.2 billion    | 2.2 billion USD    | SUPPORTED
            MORE_THAN     | $2.3 billion    | 2.2 billion USD    | CONTRADICTED
            AT_LEAST      | $146.88 billion | 146.88 billion USD | SUPPORTED
            AT_LEAST      | $147 billion    | 146.88 billion USD | CONTRADICTED
            LESS_THAN     | $150 billion    | 146.88 billion USD | SUPPORTED
            LESS_THAN     | $140 billion    | 146.88 billion USD | CONTRADICTED
            LESS_THAN     | $2.2 billion    | 2.2 billion USD    | SUPPORTED
            LESS_THAN     | $2.1 billion    | 2.2 billion USD    | CONTRADICTED
            AT_MOST       | $146.88 billion | 146.88 billion USD | SUPPORTED
            AT_MOST       | $146 billion    | 146.88 billion USD | CONTRADICTED
            APPROXIMATELY | $150 billion    | 146.88 billion USD | SUPPORTED
            APPROXIMATELY | $140 billion    | 146.88 billion USD | SUPPORTED
            APPROXIMATELY | $160 billion    | 146.88 billion USD | CONTRADICTED
            APPROXIMATELY | $130 billion    | 146.88 billion USD | CONTRADICTED
            APPROXIMATELY | 10,000 km       | 9289 km            | SUPPORTED
            APPROXIMATELY | 10,000 km       | 8900 km            | CONTRADICTED
            APPROXIMATELY | 10,500 km       | 9289 km            | CONTRADICTED
            APPROXIMATELY | $200 billion    | 146.88 billion USD | CONTRADICTED
            NEARLY        | $150 billion    | 146.88 billion USD | SUPPORTED
            NEARLY        | $160 billion    | 146.88 billion USD | SUPPORTED
            NEARLY        | $200 billion    | 146.88 billion USD | CONTRADICTED
            NEARLY        | $140 billion    | 146.88 billion USD | CONTRADICTED
            NEARLY        | 30%             | 27.5%              | SUPPORTED
            """)
    void readsComparatorsAsInequalitiesAndHedgesAsDocumentedBands(Qualifier qualifier, String claim,
            String reference, Verdict verdict) {
        assertThat(compare(qualifier, claim, reference, Tolerance.NONE).verdict()).isEqualTo(verdict);
    }

    @Test
    void widensTheClaimByTheFactsRelativeTolerance() {
        Tolerance twoPercent = new Tolerance(null, new BigDecimal("0.02"));
        assertThat(compare(Qualifier.EXACT, "$145 billion", "146.88 billion USD", Tolerance.NONE).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
        assertThat(compare(Qualifier.EXACT, "$145 billion", "146.88 billion USD", twoPercent).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(compare(Qualifier.EXACT, "$143 billion", "146.88 billion USD", twoPercent).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void widensTheClaimByTheFactsAbsoluteToleranceInTheFactsUnit() {
        Tolerance hundredKm = new Tolerance(new BigDecimal("100"), null);
        assertThat(compare(Qualifier.EXACT, "2,950 km", "3,000 km", hundredKm).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(compare(Qualifier.EXACT, "2,850 km", "3,000 km", hundredKm).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            €147 billion  | 146.88 billion USD | claim in EUR, reference in USD; no rate table (the same figure in USD would match)
            €120 billion  | 146.88 billion USD | claim in EUR, reference in USD; no rate table
            147 billion CNY | 146.88 billion USD | claim in CNY, reference in USD; no rate table (the same figure in USD would match)
            30%           | 146.88 billion USD | a percentage compares only with a percentage (claim in %, reference in USD)
            $30           | 30%                | a percentage compares only with a percentage (claim in USD, reference in %)
            3,000 km      | 38 bcm             | claim in km, reference in m3: different dimensions
            """)
    void neverComparesAcrossCurrenciesOrDimensions(String claim, String reference, String detail) {
        Outcome outcome = compare(Qualifier.EXACT, claim, reference, Tolerance.NONE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(outcome.detail()).isEqualTo(detail);
    }

    @Test
    void readsAClaimWithoutUnitInTheReferenceUnitButNeverContradictsIt() {
        assertThat(compare(Qualifier.EXACT, "3,000", "3,000 km", Tolerance.NONE).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(compare(Qualifier.EXACT, "38 billion", "38 bcm", Tolerance.NONE).verdict())
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(compare(Qualifier.EXACT, "2,000", "3,000 km", Tolerance.NONE).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0} {1} vs {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            EXACT         | $147 billion    | 146.88 billion USD | VALUE_AGREES
            APPROXIMATELY | $150 billion    | 146.88 billion USD | WITHIN_APPROXIMATION
            NEARLY        | $150 billion    | 146.88 billion USD | WITHIN_APPROXIMATION
            MORE_THAN     | $140 billion    | 146.88 billion USD | BOUND_HOLDS
            MORE_THAN     | $150 billion    | 146.88 billion USD | BOUND_FAILS
            AT_MOST       | $146 billion    | 146.88 billion USD | BOUND_FAILS
            EXACT         | $174 billion    | 146.88 billion USD | OUTSIDE_TOLERANCE
            APPROXIMATELY | $160 billion    | 146.88 billion USD | OUTSIDE_TOLERANCE
            NEARLY        | $200 billion    | 146.88 billion USD | OUTSIDE_TOLERANCE
            NEARLY        | $140 billion    | 146.88 billion USD | OUTSIDE_TOLERANCE
            EXACT         | $14.7 billion   | 146.88 billion USD | WRONG_MAGNITUDE
            EXACT         | 147 billion     | 146.88 billion USD | UNITLESS_AGREES
            EXACT         | 200 billion     | 146.88 billion USD | UNITLESS_NO_MATCH
            EXACT         | 5%              | 146.88 billion USD | DIFFERENT_UNITS
            EXACT         | 3,000 km        | 146.88 billion USD | DIFFERENT_UNITS
            EXACT         | \u20ac147 billion | 146.88 billion USD | NO_EXCHANGE_RATE
            """)
    void givesEachComparisonItsReason(Qualifier qualifier, String claim, String reference, Reason reason) {
        Outcome outcome = compare(qualifier, claim, reference, Tolerance.NONE);
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(reason.verdicts()).contains(outcome.verdict());
    }
}
