package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finding a rate for a currency pair and period: as published, inverted, from the year, never chained. */
class RateLookupTest {

    private static final ReferenceIndex INDEX = new ReferenceIndex(List.of(), List.of(), List.of(), List.of(
            rate("EUR", "USD", "0.8455", "2021", 2),
            rate("CNY", "USD", "6.4508", "2021", 3),
            rate("CNY", "USD", "6.4800", "2021-03", 4),
            rate("RUB", "USD", "85.2466", "2023", 5)));

    private static Rate rate(String currency, String base, String value, String period, int line) {
        return new Rate(currency, base, new BigDecimal(value), ValueGrammar.requireDate(period), "test", null, "",
                "rates.csv", line);
    }

    @ParameterizedTest(name = "{0} per {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | USD | 2021       | 2 | false | 0.8455
            USD | EUR | 2021       | 2 | true  | 1.182732111176818
            CNY | USD | 2021-03    | 4 | false | 6.4800
            CNY | USD | 2021-07    | 3 | false | 6.4508
            CNY | USD | 2021-Q3    | 3 | false | 6.4508
            CNY | USD | 2021-09-30 | 3 | false | 6.4508
            USD | CNY | 2021-03    | 4 | true  | 0.1543209876543210
            USD | RUB | 2023       | 5 | true  | 0.01173067312948552
            """)
    void findsTheRateForThePeriodInTheDirectionAsked(String currency, String base, String period, int line,
            boolean inverted, String factor) {
        DirectedRate found = INDEX.findRate(currency, base, ValueGrammar.requireDate(period)).orElseThrow();

        assertThat(found.row().line()).isEqualTo(line);
        assertThat(found.inverted()).isEqualTo(inverted);
        assertThat(found.currency()).isEqualTo(currency);
        assertThat(found.base()).isEqualTo(base);
        assertThat(found.factor()).isEqualByComparingTo(factor);
    }

    @ParameterizedTest(name = "{0} per {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | USD | 2020
            EUR | USD | 2020s
            EUR | USD | 2021/2022
            CNY | EUR | 2021
            EUR | CNY | 2021
            RUB | EUR | 2023
            EUR | EUR | 2021
            """)
    void findsNothingForAnotherPeriodOrAThirdCurrency(String currency, String base, String period) {
        assertThat(INDEX.findRate(currency, base, ValueGrammar.requireDate(period))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0.8455", "6.4508", "85.2466", "0.0001", "12345.6789"})
    void anInvertedRateTimesItsRowIsOne(String value) {
        DirectedRate inverse = new DirectedRate(rate("EUR", "USD", value, "2021", 2), true);

        assertThat(inverse.factor().multiply(new BigDecimal(value)).round(new MathContext(12)))
                .isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2021", "2021-03"})
    void anIndexWithoutRatesFindsNone(String period) {
        ReferenceIndex none = new ReferenceIndex(List.of(), List.of(), List.of());
        assertThat(none.findRate("EUR", "USD", ValueGrammar.requireDate(period))).isEqualTo(Optional.empty());
        assertThat(ReferenceIndex.EMPTY.findRate("EUR", "USD", ValueGrammar.requireDate(period))).isEmpty();
    }
}
