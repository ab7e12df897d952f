package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.claimcheck.reference.DirectedRate;
import org.claimcheck.reference.Rate;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Units;
import org.claimcheck.verify.Verdict;

/** A fact's own value carried into another currency at the tabled rate, and judged back against the fact. */
class CurrencyPropertiesTest {

    private static final Unit USD = Units.currency("USD").orElseThrow();
    private static final Unit EUR = Units.currency("EUR").orElseThrow();

    @Provide
    Arbitrary<BigDecimal> figures() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999L), Arbitraries.integers().between(-9, 3))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.longs().between(1, 99_999_999L).map(n -> BigDecimal.valueOf(n, 4));
    }

    /**
     * A rate row of {@code rate} EUR per USD, or its inverse given as USD per EUR, so that both table directions
     * are used; returns the conversion from EUR into USD.
     */
    private static Conversion euroToDollar(BigDecimal eurPerUsd, boolean givenAsEuros) {
        Rate row = givenAsEuros
                ? new Rate("EUR", "USD", eurPerUsd, DateValue.year(2021), "test", null, "", "rates.csv", 2)
                : new Rate("USD", "EUR", BigDecimal.ONE.divide(eurPerUsd, MathContext.DECIMAL64),
                        DateValue.year(2021), "test", null, "", "rates.csv", 2);
        return new Conversion(new DirectedRate(row, givenAsEuros), USD, null);
    }

    private static Amount inEuros(BigDecimal dollars, BigDecimal eurPerUsd, int digits) {
        return new Amount(dollars.multiply(eurPerUsd).round(new MathContext(digits, RoundingMode.HALF_UP)), EUR);
    }

    @Property
    void aFactsValueConvertedAtTheTableRateAndBackIsSupported(@ForAll("figures") BigDecimal dollars,
            @ForAll("rates") BigDecimal eurPerUsd, @ForAll @IntRange(min = 2, max = 12) int digits,
            @ForAll boolean givenAsEuros) {
        Amount fact = new Amount(dollars, USD);
        Amount claim = inEuros(dollars, eurPerUsd, digits);

        Outcome outcome = CurrencyRule.compare(claim, Qualifier.EXACT, fact, Tolerance.NONE,
                euroToDollar(eurPerUsd, givenAsEuros));

        assertThat(outcome.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(outcome.conversion()).isNotNull();
    }

    @Property
    void aConvertedValueAFifthOffIsContradicted(@ForAll("figures") BigDecimal dollars,
            @ForAll("rates") BigDecimal eurPerUsd, @ForAll @IntRange(min = 3, max = 12) int digits,
            @ForAll boolean givenAsEuros, @ForAll boolean above) {
        Amount fact = new Amount(dollars, USD);
        BigDecimal off = above ? new BigDecimal("1.2") : new BigDecimal("0.8");
        Amount claim = inEuros(dollars.multiply(off), eurPerUsd, digits);

        Outcome outcome = CurrencyRule.compare(claim, Qualifier.EXACT, fact, Tolerance.NONE,
                euroToDollar(eurPerUsd, givenAsEuros));

        assertThat(outcome.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }
}
