package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $               | USD
            dollars         | USD
            US Dollars      | USD
            U.S. dollars    | USD
            €               | EUR
            Euros           | EUR
            £               | GBP
            pounds sterling | GBP
            元               | CNY
            yuan            | CNY
            renminbi        | CNY
            RMB             | CNY
            roubles         | RUB
            rubles          | RUB
            ¥               | JPY
            yen             | JPY
            ₹               | INR
            rupees          | INR
            km              | km
            Kilometres      | km
            kilometers      | km
            m               | m
            metres          | m
            meter           | m
            miles           | mi
            km²             | km2
            square kilometres | km2
            sq km           | km2
            hectares        | ha
            cubic metres    | m3
            cubic  meters   | m3
            m³              | m3
            bcm             | bcm
            tonnes          | t
            tons            | t
            barrels         | bbl
            %               | %
            per cent        | %
            percent         | %
            """)
    void findsUnitsByWordSymbolOrCode(String word, String code) {
        assertThat(Units.find(word)).map(Unit::code).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pounds", "furlongs", "", "bn", "dollar sign"})
    void findsNoUnitForAmbiguousOrUnknownWords(String word) {
        assertThat(Units.find(word)).isEmpty();
    }

    @Test
    void givesEachUnitADimension() {
        assertThat(Units.find("USD")).map(Unit::dimension).contains("money:USD");
        assertThat(Units.find("km")).map(Unit::dimension).contains("length");
        assertThat(Units.find("bcm")).map(Unit::dimension).contains("volume");
        assertThat(Units.find("km2")).map(Unit::dimension).contains("area");
        assertThat(Units.find("tonnes")).map(Unit::dimension).contains("mass");
        assertThat(Units.find("barrels")).map(Unit::dimension).contains("oil-volume");
        assertThat(Units.percent().dimension()).isEqualTo("percent");
        assertThat(Units.count().dimension()).isEqualTo("count");
        assertThat(Units.find("km").orElseThrow().comparableWith(Units.find("miles").orElseThrow())).isTrue();
        assertThat(Units.find("USD").orElseThrow().comparableWith(Units.find("EUR").orElseThrow())).isFalse();
    }

    @Test
    void findsCurrenciesByIsoCodeOnly() {
        assertThat(Units.currency("EUR")).map(Unit::isCurrency).contains(true);
        assertThat(Units.currency("eur")).isPresent();
        assertThat(Units.currency("km")).isEmpty();
        assertThat(Units.currency("dollars")).isEmpty();
    }

    @Test
    void listsEveryUnitOnceWithADistinctCode() {
        List<Unit> all = Units.all();

        assertThat(all).first().isEqualTo(Units.count());
        assertThat(new HashSet<>(all.stream().map(Unit::code).toList())).hasSameSizeAs(all);
    }

    @Test
    void storesBcmAsBillionsOfCubicMetres() {
        Amount amount = new Amount(new BigDecimal("38"), Units.find("bcm").orElseThrow());

        assertThat(amount).isEqualTo(new Amount(new BigDecimal("38E+9"), Units.find("m3").orElseThrow()));
    }

    @ParameterizedTest(name = "\"{0}\" multiplies by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            thousand | 1E+3
            million  | 1E+6
            mn       | 1E+6
            M        | 1E+6
            mln      | 1E+6
            billion  | 1E+9
            bn       | 1E+9
            bln      | 1E+9
            b        | 1E+9
            trillion | 1E+12
            tn       | 1E+12
            trn      | 1E+12
            tr       | 1E+12
            lakh     | 1E+5
            crore    | 1E+7
            """)
    void findsMultipliersAsPowersOfTenWithOneStatedDigit(String word, String factor) {
        assertThat(Multipliers.find(word)).contains(new BigDecimal(factor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"km", "dozen", "hundred", ""})
    void findsNoMultiplierForOtherWords(String word) {
        assertThat(Multipliers.find(word)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zero                       | 0
            ten                        | 10
            Twenty                     | 20
            twenty-five                | 25
            twenty five                | 25
            a hundred                  | 1E+2
            one hundred and five       | 105
            fifteen hundred            | 15E+2
            two thousand               | 2E+3
            two thousand five hundred  | 25E+2
            two thousand and ten       | 2010
            ten thousand               | 10E+3
            one hundred million        | 100E+6
            a million                  | 1E+6
            half a million             | 5E+5
            a dozen                    | 12
            two dozen                  | 24
            """)
    void readsNumberWordsWithTheirStatedPrecision(String words, String number) {
        assertThat(NumberWords.parse(words)).contains(new BigDecimal(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "and", "half", "five five", "twenty fifteen", "thousand million", "one and",
            "a five", "hundred hundred", "ten furlongs", "dozen dozen"})
    void readsNoNumberFromWordsThatDoNotSpellOne(String words) {
        assertThat(NumberWords.parse(words)).isEmpty();
    }
}
