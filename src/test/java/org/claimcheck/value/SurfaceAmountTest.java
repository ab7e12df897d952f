package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SurfaceAmountTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            $1.13bn                 | 113E+7  | USD
            €3.5bn                  | 35E+8   | EUR
            £2.4m                   | 24E+5   | GBP
            $1.2tn                  | 12E+11  | USD
            1.5bn roubles           | 15E+8   | RUB
            US $147bn               | 147E+9  | USD
            USD 147bn               | 147E+9  | USD
            $147 billion,           | 147E+9  | USD
            $147 billion.           | 147E+9  | USD
            (30%)                   | 30      | %
            "$5.5bn"                | 55E+8   | USD
            1.5 bln roubles         | 15E+8   | RUB
            3 mln tonnes            | 3E+6    | t
            2 tn yuan               | 2E+12   | CNY
            2 trn yuan              | 2E+12   | CNY
            $600 m                  | 600E+6  | USD
            38 bcm of gas           | 38E+9   | m3
            1.5 million barrels a day | 15E+5 | bbl
            $2 barrels              | 2       | USD
            20 million km2).        | 20E+6   | km2
            4,200-kilometre frontier | 4200   | km
            4.98 km-long bridge     | 4.98    | km
            4.98-km-long bridge     | 4.98    | km
            30-metre-high dam       | 30      | m
            3-tonne trucks          | 3       | t
            7,345 nautical miles    | 7345    | nmi
            1,595 feet              | 1595    | ft
            1,000-foot tower        | 1000    | ft
            22,500 MW               | 22500   | MW
            12,600MW                | 12600   | MW
            22.5 gigawatts          | 22.5    | GW
            700 megawatts           | 700     | MW
            """)
    void readsAmountPhrasesAsArticlesWriteThem(String surface, String number, String unit) {
        assertThat(ValueGrammar.parseAmount(surface))
                .contains(new Amount(new BigDecimal(number), AmountParsingTest.unit(unit)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"147\u00a0billion\u00a0dollars", "147\u202fbillion dollars", "147 billion  dollars"})
    void toleratesNonBreakingAndRepeatedSpaces(String surface) {
        assertThat(ValueGrammar.parseAmount(surface)).contains(new Amount(new BigDecimal("147E+9"), Units.currency("USD").orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            600m                | 6.00E+8
            600m people         | 6.00E+8
            600M                | 6.00E+8
            600 m               | 600 m
            600 metres          | 600 m
            600 mn              | 6.00E+8
            146 million people  | 1.46E+8
            2,000 furlongs      | 2,000
            10-year plan        | 10 yr
            """)
    void readsAnAttachedMAsMillionAndASeparateMAsMetres(String surface, String canonical) {
        assertThat(ValueGrammar.parseAmount(surface)).map(Value::canonical).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "more than $200 billion", "10-15%", "10–15%", "$10 to $15 billion",
            "$10-$15 billion", "16 July", "A$5bn", "$5 EUR", "$", "percent", "100 km/h", "20 km2b"})
    void findsNoAmountInTextThatIsNotOneAmount(String surface) {
        assertThat(ValueGrammar.parseAmount(surface)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findsNoAmountInNull() {
        assertThat(ValueGrammar.parseAmount(null)).isEmpty();
    }
}
