package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreNlpAmountsTest {

    @ParameterizedTest(name = "{0} ({1}) is {2} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            >$2.0E11   | MONEY   | MORE_THAN     | 2E+11    | USD
            <$5.0E9    | MONEY   | LESS_THAN     | 5E+9     | USD
            >=%10.0    | PERCENT | AT_LEAST      | 10       | %
            <=3.0      | NUMBER  | AT_MOST       | 3        | ''
            ~%30.0     | PERCENT | APPROXIMATELY | 30       | %
            %30.0      | PERCENT | EXACT         | 30       | %
            %2.5       | PERCENT | EXACT         | 2.5      | %
            元1.2E12    | MONEY   | EXACT         | 1.2E+12  | CNY
            €3.5       | MONEY   | EXACT         | 3.5      | EUR
            £2.4       | MONEY   | EXACT         | 2.4      | GBP
            $1.47E11   | MONEY   | EXACT         | 1.47E+11 | USD
            $1.469E11  | MONEY   | EXACT         | 1.469E+11 | USD
            $146.88    | MONEY   | EXACT         | 146.88   | USD
            3.8E10     | NUMBER  | EXACT         | 3.8E+10  | ''
            2000.0     | NUMBER  | EXACT         | 2000     | ''
            1.0E7      | NUMBER  | EXACT         | 1E+7     | ''
            """)
    void readsNormalizedStrings(String normalized, String tag, Qualifier qualifier, String number, String unit) {
        Unit expected = unit.isEmpty() ? Units.count() : AmountParsingTest.unit(unit);

        assertThat(ValueGrammar.fromCoreNlp(normalized, tag))
                .contains(new NormalizedAmount(qualifier, new Amount(new BigDecimal(number), expected)));
    }

    @ParameterizedTest(name = "{0} ({1}) gives nothing")
    @CsvSource(delimiter = '|', textBlock = """
            %10.0 - 15.0   | PERCENT
            2019.0 - 20.0  | NUMBER
            1.5E9          | MONEY
            $2.0           | NUMBER
            30.0           | PERCENT
            5.0            | ORDINAL
            2019           | DATE
            abc            | NUMBER
            ''             | NUMBER
            """)
    void givesNothingForRangesMismatchedTagsAndOtherText(String normalized, String tag) {
        assertThat(ValueGrammar.fromCoreNlp(normalized, tag)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void givesNothingWithoutANormalizedValueOrTag() {
        assertThat(ValueGrammar.fromCoreNlp(null, "MONEY")).isEmpty();
        assertThat(ValueGrammar.fromCoreNlp("$5.0", null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void losesAnAbbreviatedMultiplierThatOnlyTheSurfaceTextKeeps() {
        // CoreNLP normalizes "$1.13bn" to "$1.13"; the surface text is where the billion survives.
        assertThat(ValueGrammar.fromCoreNlp("$1.13", "MONEY")).map(n -> n.amount().number())
                .contains(new BigDecimal("1.13"));
        assertThat(ValueGrammar.parseAmount("$1.13bn")).map(Amount::number).contains(new BigDecimal("1.13E+9"));
    }
}
