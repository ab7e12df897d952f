package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.claimcheck.reference.Tolerance;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Units;
import org.claimcheck.verify.Verdict;

class ComparisonPropertiesTest {

    private static final List<Unit> UNITS = Units.all();
    private static final List<Unit> CURRENCIES = UNITS.stream().filter(Unit::isCurrency).toList();

    @Provide
    Arbitrary<Amount> amounts() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                Arbitraries.longs().between(1, 999_999_999_999L), Arbitraries.integers().between(-12, 6))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
        return Combinators.combine(numbers, Arbitraries.of(UNITS)).as(Amount::new);
    }

    @Provide
    Arbitrary<DateValue> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2099);
        return Arbitraries.oneOf(
                Combinators.combine(years, Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                        .as(DateValue::day),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(DateValue::month),
                years.map(DateValue::year),
                years.map(y -> DateValue.decade(y - y % 10)));
    }

    @Property
    void anAmountSupportsItself(@ForAll("amounts") Amount amount) {
        assertThat(AmountRule.compare(amount, Qualifier.EXACT, amount, Tolerance.NONE).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Property
    void aDateSupportsItself(@ForAll("dates") DateValue date) {
        assertThat(DateRule.compare(date, Qualifier.EXACT, date).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Property
    void aClaimRoundedFromTheReferenceAtAnyPrecisionIsSupported(@ForAll("amounts") Amount reference,
            @ForAll @IntRange(min = 1, max = 14) int digits) {
        Amount claim = new Amount(reference.number().round(new MathContext(digits, RoundingMode.HALF_UP)),
                reference.unit());
        assertThat(AmountRule.compare(claim, Qualifier.EXACT, reference, Tolerance.NONE).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Property
    void aDayReferenceSupportsEveryCoarserClaimContainingIt(@ForAll @IntRange(min = 1900, max = 2099) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        DateValue reference = DateValue.day(year, month, day);
        for (DateValue claim : List.of(DateValue.month(year, month), DateValue.year(year),
                DateValue.decade(year - year % 10), DateValue.century(year - year % 100))) {
            assertThat(DateRule.compare(claim, Qualifier.EXACT, reference).verdict()).isEqualTo(Verdict.SUPPORTED);
        }
    }

    @Property
    void aClaimTenTimesTooLargeOrTooSmallIsContradictedAsAWrongMagnitude(@ForAll("amounts") Amount reference,
            @ForAll @IntRange(min = 1, max = 14) int digits, @ForAll boolean larger) {
        BigDecimal rounded = reference.number().round(new MathContext(digits, RoundingMode.HALF_UP));
        Amount claim = new Amount(rounded.scaleByPowerOfTen(larger ? 1 : -1), reference.unit());
        Outcome outcome = AmountRule.compare(claim, Qualifier.EXACT, reference, Tolerance.NONE);
        assertThat(outcome.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(outcome.detail()).contains("wrong magnitude: 10 times too " + (larger ? "large" : "small"));
    }

    @Property
    void aClaimNeverCrossesCurrenciesWithoutARate(@ForAll("amounts") Amount claimed, @ForAll("amounts") Amount referenced,
            @ForAll Qualifier qualifier) {
        Unit from = CURRENCIES.get(Math.floorMod(claimed.number().hashCode(), CURRENCIES.size()));
        Unit to = CURRENCIES.get(Math.floorMod(referenced.number().hashCode(), CURRENCIES.size()));
        Amount claim = new Amount(claimed.number(), from);
        Amount reference = new Amount(referenced.number(), from.equals(to) ? other(from) : to);
        Outcome outcome = AmountRule.compare(claim, qualifier, reference, new Tolerance(null, BigDecimal.ONE));
        assertThat(outcome.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(outcome.detail()).contains("no rate table");
    }

    private static Unit other(Unit currency) {
        return CURRENCIES.stream().filter(c -> !c.equals(currency)).findFirst().orElseThrow();
    }
}
