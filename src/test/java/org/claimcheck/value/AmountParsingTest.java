package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountParsingTest {

    /** The expected number is written as BigDecimal text, so its scale (the stated precision) is checked too. */
    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            146.88 billion USD      | 14688E+7 | USD
            $147 billion            | 147E+9   | USD
            $147bn                  | 147E+9   | USD
            $146.9bn                | 1469E+8  | USD
            $1.13bn                 | 113E+7   | USD
            $1.2tn                  | 12E+11   | USD
            $5B                     | 5E+9     | USD
            US$147 billion          | 147E+9   | USD
            US $147 billion         | 147E+9   | USD
            U.S.$147 billion        | 147E+9   | USD
            USD 147bn               | 147E+9   | USD
            147 billion dollars     | 147E+9   | USD
            147 billion US dollars  | 147E+9   | USD
            147 billion U.S. dollars | 147E+9  | USD
            $147 billion USD        | 147E+9   | USD
            1.2 trillion yuan       | 12E+11   | CNY
            1.2 trillion renminbi   | 12E+11   | CNY
            元1.2 trillion           | 12E+11   | CNY
            RMB 1.2 trillion        | 12E+11   | CNY
            €3.5bn                  | 35E+8    | EUR
            3.5 billion euros       | 35E+8    | EUR
            $177 billions           | 177E+9   | USD
            $2 millions             | 2E+6     | USD
            £2.4m                   | 24E+5    | GBP
            £2.4 million            | 24E+5    | GBP
            2.4 million pounds sterling | 24E+5 | GBP
            1.5bn roubles           | 15E+8    | RUB
            1.5bn rubles            | 15E+8    | RUB
            ₽1.5bn                  | 15E+8    | RUB
            ₹5 crore                | 5E+7     | INR
            Rs 12 lakh              | 12E+5    | INR
            500 million rupees      | 500E+6   | INR
            ¥3 trillion             | 3E+12    | JPY
            3 trillion yen          | 3E+12    | JPY
            2,000 km                | 2000     | km
            2000km                  | 2000     | km
            2,000 kilometres        | 2000     | km
            2,000 kilometers        | 2000     | km
            4,000 miles             | 4000     | mi
            600 m                   | 600      | m
            600 metres              | 600      | m
            38 billion cubic metres | 38E+9    | m3
            38 billion cubic meters | 38E+9    | m3
            38 billion m³           | 38E+9    | m3
            38 bcm                  | 38E+9    | m3
            1.5 million barrels     | 15E+5    | bbl
            20 million km2          | 20E+6    | km2
            20 million km²          | 20E+6    | km2
            17 million sq km        | 17E+6    | km2
            17 million square kilometres | 17E+6 | km2
            40 hectares             | 40       | ha
            10 tonnes               | 10       | t
            10 tons                 | 10       | t
            250 kg                  | 250      | kg
            30%                     | 30       | %
            30 %                    | 30       | %
            30 per cent             | 30       | %
            30 percent              | 30       | %
            2.5 percentage points   | 2.5      | pp
            -3.5%                   | -3.5     | %
            """)
    void readsAmountForms(String text, String number, String unit) {
        assertThat(ValueGrammar.parse(text)).isEqualTo(new Amount(new BigDecimal(number), unit(unit)));
    }

    @ParameterizedTest(name = "\"{0}\" is the count {1}")
    @CsvSource(delimiter = '|', textBlock = """
            146.88         | 146.88
            1,000          | 1000
            1,234,567.5    | 1234567.5
            2,019          | 2019
            146 million    | 146E+6
            1.5 million    | 15E+5
            600m           | 600E+6
            10k            | 10E+3
            ten            | 10
            twenty-five    | 25
            a hundred      | 1E+2
            two thousand   | 2E+3
            half a million | 5E+5
            1.47E+11       | 1.47E+11
            """)
    void readsCounts(String text, String number) {
        assertThat(ValueGrammar.parse(text)).isEqualTo(new Amount(new BigDecimal(number), Units.count()));
    }

    @Test
    void keepsTheStatedPrecision() {
        Amount rounded = (Amount) ValueGrammar.parse("$147 billion");
        Amount precise = (Amount) ValueGrammar.parse("$146.9bn");
        Amount exact = (Amount) ValueGrammar.parse("2,000 km");

        assertThat(rounded.number().unscaledValue()).hasToString("147");
        assertThat(rounded.number().scale()).isEqualTo(-9);
        assertThat(precise.statedPrecision()).isEqualByComparingTo("1E+8");
        assertThat(exact.number().scale()).isZero();
        assertThat(exact.inBaseUnit()).isEqualByComparingTo("2000000");
    }

    @Test
    void readsABareFourDigitNumberAsAYearUnlessAnAmountIsRequired() {
        assertThat(ValueGrammar.parse("2000")).isEqualTo(DateValue.year(2000));
        assertThat(ValueGrammar.requireAmount("2000")).isEqualTo(new Amount(new BigDecimal("2000"), Units.count()));
    }

    @Test
    void readsAMetreOnlyWhenTheMIsSeparatedAndNoCurrencyCameFirst() {
        assertThat(ValueGrammar.parse("600 m").canonical()).isEqualTo("600 m");
        assertThat(ValueGrammar.parse("600m").canonical()).isEqualTo("6.00E+8");
        assertThat(ValueGrammar.parse("$600 m").canonical()).isEqualTo("6.00E+8 USD");
        assertThat(ValueGrammar.parse("600 m3").canonical()).isEqualTo("600 m3");
    }

    static Unit unit(String code) {
        return Units.find(code).orElseThrow();
    }
}
