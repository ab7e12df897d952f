package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RoundTripTest {

    private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    @Property
    void readsEveryCanonicalDateBackToAnEqualDate(@ForAll("dates") DateValue date) {
        assertThat(ValueGrammar.parse(date.canonical())).isEqualTo(date);
    }

    @Property
    void readsEveryDisplayedDateBackToAnEqualDate(@ForAll("dates") DateValue date) {
        assertThat(ValueGrammar.parse(date.display())).isEqualTo(date);
    }

    @Property
    void readsEveryCanonicalTimexLikeDateAsCoreNlpWouldWriteIt(@ForAll("dates") DateValue date) {
        assertThat(ValueGrammar.fromTimex(date.canonical())).contains(date);
    }

    @Property
    void readsEveryCanonicalAmountBackToAnEqualAmount(@ForAll("amounts") Amount amount) {
        assertThat(ValueGrammar.parse(amount.canonical())).isEqualTo(amount);
    }

    @Property
    void readsEveryDisplayedAmountBackToTheSameNumberAndUnit(@ForAll("amounts") Amount amount) {
        Amount read = (Amount) ValueGrammar.parse(amount.display());

        assertThat(read.unit()).isEqualTo(amount.unit());
        assertThat(read.number()).isEqualByComparingTo(amount.number());
    }

    @Property
    void readsEveryDisplayedAmountAsASurfacePhraseToo(@ForAll("amounts") Amount amount) {
        assertThat(ValueGrammar.parseAmount(amount.display() + ".")).hasValueSatisfying(read -> {
            assertThat(read.unit()).isEqualTo(amount.unit());
            assertThat(read.number()).isEqualByComparingTo(amount.number());
        });
    }

    @Provide
    Arbitrary<DateValue> dates() {
        Arbitrary<Integer> years = Arbitraries.integers().between(0, 9999);
        Arbitrary<LocalDate> days = Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(LocalDate::ofEpochDay);
        Arbitrary<DateValue> single = Arbitraries.oneOf(
                days.map(DateValue::day),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(DateValue::month),
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(DateValue::quarter),
                Combinators.combine(years, Arbitraries.of(Season.class)).as(DateValue::season),
                years.map(DateValue::year),
                years.map(year -> DateValue.decade(year / 10 * 10)),
                years.map(year -> DateValue.century(year / 100 * 100)));
        // Winter 9999 ends in February 10000, outside the four-digit years the text forms cover.
        Arbitrary<DateValue> ranges = Combinators.combine(single, single).as(RoundTripTest::range)
                .filter(range -> range.last().getYear() <= 9999);
        Arbitrary<DateValue> dayRanges = Combinators.combine(days, days)
                .as((a, b) -> range(DateValue.day(a), DateValue.day(b)));
        return Arbitraries.oneOf(single, ranges, dayRanges);
    }

    @Provide
    Arbitrary<Amount> amounts() {
        Arbitrary<BigDecimal> numbers = Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.valueOf(-10).pow(15), BigInteger.TEN.pow(15)),
                        Arbitraries.integers().between(-15, 15))
                .as(BigDecimal::new);
        return Combinators.combine(numbers, Arbitraries.of(Units.all())).as(Amount::new);
    }

    private static DateValue range(DateValue a, DateValue b) {
        return a.first().isAfter(b.first()) ? DateValue.range(b, a) : DateValue.range(a, b);
    }
}
