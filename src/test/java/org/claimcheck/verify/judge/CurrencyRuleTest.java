package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.claimcheck.reference.DirectedRate;
import org.claimcheck.reference.Rate;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.ValueGrammar;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts in two currencies at a tabled rate. The reference is 146.88 billion USD throughout; the 2021 rate is
 * 1.1830 USD per EUR (so €124.16 billion is the reference in euros) or 6.4508 CNY per USD, each given either way
 * round.
 */
class CurrencyRuleTest {

    /** A conversion into USD from the claim's currency, by a row "currency,base,rate" read either way. */
    private static Conversion conversion(String row, String claimCurrency) {
        String[] cells = row.split(",");
        Rate rate = new Rate(cells[0], cells[1], new BigDecimal(cells[2]), DateValue.year(2021),
                "Federal Reserve G.5A, https://example.org/g5a", null, "", "rates.csv", 2);
        boolean inverted = !rate.currency().equals("USD");
        DirectedRate directed = new DirectedRate(rate, inverted);
        assertThat(directed.base()).isEqualTo(claimCurrency);
        return new Conversion(directed, ValueGrammar.requireAmount("1 USD").unit(), null);
    }

    private static Outcome compare(String claim, Qualifier qualifier, String row) {
        Amount amount = ValueGrammar.requireAmount(claim);
        return CurrencyRule.compare(amount, qualifier, ValueGrammar.requireAmount("146.88 billion USD"),
                Tolerance.NONE, conversion(row, amount.unit().code()));
    }

    @ParameterizedTest(name = "{0} {1} at {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            €124 billion        | EXACT         | USD,EUR,1.1830 | SUPPORTED    | supported
            €124.2 billion      | EXACT         | EUR,USD,0.8455 | SUPPORTED    | supported
            947.5 billion CNY   | EXACT         | CNY,USD,6.4508 | SUPPORTED    | supported
            €130 billion        | EXACT         | USD,EUR,1.1830 | SUPPORTED    | within the 5 % allowed for the exchange rate
            €135 billion        | EXACT         | USD,EUR,1.1830 | CONTRADICTED | 8.7 % above the reference
            €110 billion        | EXACT         | USD,EUR,1.1830 | CONTRADICTED | 11.4 % below the reference
            €12.4 billion       | EXACT         | USD,EUR,1.1830 | CONTRADICTED | wrong magnitude: 10 times too small
            €125 billion        | APPROXIMATELY | USD,EUR,1.1830 | SUPPORTED    | within 5 %
            €120 billion        | MORE_THAN     | USD,EUR,1.1830 | SUPPORTED    | supported
            €140 billion        | MORE_THAN     | USD,EUR,1.1830 | CONTRADICTED | the reference is not above it
            €128 billion        | MORE_THAN     | USD,EUR,1.1830 | SUPPORTED    | within the 5 % allowed for the exchange rate
            """)
    void comparesAtTheRateWidenedByTheRateBand(String claim, Qualifier qualifier, String row, Verdict verdict,
            String detail) {
        Outcome outcome = compare(claim, qualifier, row);

        assertThat(outcome.verdict()).isEqualTo(verdict);
        assertThat(outcome.detail()).contains(detail);
        assertThat(outcome.conversion()).isNotNull();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            €147 billion       | USD,EUR,1.1830 | wrong currency: the figure matches the reference in USD; converted from EUR it is 18.4 % above the reference
            €146.88 billion    | EUR,USD,0.8455 | wrong currency: the figure matches the reference in USD; converted from EUR it is 18.3 % above the reference
            146.9 billion CNY  | CNY,USD,6.4508 | wrong currency: the figure matches the reference in USD; converted from CNY it is 84.5 % below the reference
            """)
    void contradictsAFigureThatMatchesOnlyInTheReferencesCurrency(String claim, String row, String detail) {
        Outcome outcome = compare(claim, Qualifier.EXACT, row);

        assertThat(outcome.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(outcome.detail()).isEqualTo("contradicted: " + detail);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            €147 billion    | EXACT     | claim in EUR, reference in USD; no rate table covers EUR to USD for 2020 (the same figure in USD would match)
            €150 billion    | EXACT     | claim in EUR, reference in USD; no rate table covers EUR to USD for 2020
            €140 billion    | MORE_THAN | claim in EUR, reference in USD; no rate table covers EUR to USD for 2020 (the same figure in USD would match)
            """)
    void leavesAClaimWithoutARateUnverifiableWithTheReason(String claim, Qualifier qualifier, String detail) {
        Outcome outcome = CurrencyRule.withoutRate(ValueGrammar.requireAmount(claim), qualifier,
                ValueGrammar.requireAmount("146.88 billion USD"), Tolerance.NONE,
                "no rate table covers EUR to USD for 2020");

        assertThat(outcome.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(outcome.detail()).isEqualTo(detail);
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            €147 billion      | USD,EUR,1.1830 | ≈ $173.9 billion at the 2021 average rate of 1.1830 USD per EUR (Federal Reserve G.5A)
            €147 billion      | EUR,USD,0.8455 | ≈ $173.9 billion at the 2021 average rate of 0.8455 EUR per USD (Federal Reserve G.5A)
            947.5 billion CNY | CNY,USD,6.4508 | ≈ $146.88 billion at the 2021 average rate of 6.4508 CNY per USD (Federal Reserve G.5A)
            """)
    void describesTheConversionWithTheRateAsTheTableGivesIt(String claim, String row, String description) {
        Amount amount = ValueGrammar.requireAmount(claim);

        assertThat(conversion(row, amount.unit().code()).describe(amount)).isEqualTo(description);
    }

    @ParameterizedTest(name = "{0} {1} at {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            €124 billion   | EXACT     | USD,EUR,1.1830 | VALUE_AGREES
            €130 billion   | EXACT     | USD,EUR,1.1830 | WITHIN_RATE_ALLOWANCE
            €135 billion   | EXACT     | USD,EUR,1.1830 | OUTSIDE_TOLERANCE
            €12.4 billion  | EXACT     | USD,EUR,1.1830 | WRONG_MAGNITUDE
            €140 billion   | MORE_THAN | USD,EUR,1.1830 | BOUND_FAILS
            €147 billion   | EXACT     | USD,EUR,1.1830 | WRONG_CURRENCY
            """)
    void givesEachComparisonItsReasonAndKeepsItsConversion(String claim, Qualifier qualifier, String row,
            Reason reason) {
        Outcome outcome = compare(claim, qualifier, row);

        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(reason.verdicts()).contains(outcome.verdict());
        assertThat(outcome.wrongCurrency()).isEqualTo(reason == Reason.WRONG_CURRENCY);
        assertThat(outcome.conversion()).isNotNull();
    }
}
