package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParseErrorsTest {

    private static final String KNOWN_UNITS =
            "km, m, mi, ft, nmi, km2, m2, ha, mi2, m3, bcm, t, kg, bbl, kW, MW, GW, yr, mo, %, pp, or a currency (USD, EUR, GBP, CNY, RUB, JPY, INR)";

    @Test
    void saysWhatWasExpectedWhenNothingFits() {
        ValueFormatException e = failure("abc");

        assertThat(e.getMessage()).isEqualTo("expected a date (2001-07-16, 2019-12, 2019, 1960s) or an amount"
                + " (146.88 billion USD, 30%, 2,000 km) but found \"abc\" at character 1");
        assertThat(e.index()).isZero();
    }

    @Test
    void pointsPastLeadingSpaces() {
        ValueFormatException e = failure("   ?");

        assertThat(e.index()).isEqualTo(3);
        assertThat(e.getMessage()).endsWith("but found \"?\" at character 4");
    }

    @Test
    void reportsTheEndOfAnEmptyText() {
        assertThat(failure("").getMessage()).endsWith("but found end of text at character 1");
    }

    @Test
    void namesAnUnknownUnitAndListsTheKnownOnes() {
        ValueFormatException e = failure("12 furlongs");

        assertThat(e.getMessage()).isEqualTo("unknown unit \"furlongs\" at character 4: expected one of " + KNOWN_UNITS);
        assertThat(e.index()).isEqualTo(3);
    }

    @ParameterizedTest(name = "\"{0}\" fails at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-02-30        | 8  | no day 30 in February 2019 at character 9: expected a day from 1 to 28
            30 February 2019  | 0  | no day 30 in February 2019 at character 1: expected a day from 1 to 28
            July 32, 2019     | 5  | no day 32 in July 2019 at character 6: expected a day from 1 to 31
            2019-13           | 5  | no month 13 at character 6: expected 01 to 12 (a span of years is written 2019/13)
            2019-20           | 5  | no month 20 at character 6: expected 01 to 12 (a span of years is written 2019/20)
            2019-00-10        | 5  | no month 00 at character 6: expected 01 to 12
            2022-Q5           | 6  | no quarter 5 at character 7: expected 1 to 4
            Q0 2022           | 1  | no quarter 0 at character 2: expected 1 to 4
            1965s             | 0  | no decade starts in 1965 at character 1: expected a year ending in 0, such as 1960s
            2020/2015         | 4  | the range from 2020 to 2015 ends before it starts at character 5: expected an end no earlier than 2020
            July 19           | 7  | expected a four-digit year such as 2019 but found end of text at character 8
            2019-XY           | 5  | expected a month (01 to 12), a quarter (Q1 to Q4) or a season (SP, SU, FA, WI) after "2019-" but found "XY" at character 6
            16 July 2001 noon | 13 | expected the end of the date but found "noon" at character 14
            $5 EUR            | 3  | a second unit "EUR" after the currency "$" at character 4: expected one unit per amount
            2019.             | 4  | expected the end of the value but found "." at character 5
            30 % more         | 5  | expected the end of the amount but found "more" at character 6
            1,00              | 1  | expected the end of the amount but found "," at character 2
            $                 | 1  | expected an amount (146.88 billion USD, 30%, 2,000 km) but found end of text at character 2
            """)
    void pointsAtTheFailingCharacter(String text, int index, String message) {
        ValueFormatException e = failure(text);

        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.index()).isEqualTo(index);
    }

    @Test
    void prefersTheUnknownUnitToTheYearWhenAWordFollowsFourDigits() {
        ValueFormatException e = failure("2019 furlongs");

        assertThat(e.getMessage()).isEqualTo("unknown unit \"furlongs\" at character 6: expected one of " + KNOWN_UNITS);
        assertThat(e.index()).isEqualTo(5);
    }

    @Test
    void namesAUnitGluedToASlashInFullRatherThanReadingItsFirstPart() {
        ValueFormatException e = failure("100 km/h");

        assertThat(e.getMessage()).isEqualTo("unknown unit \"km/h\" at character 5: expected one of " + KNOWN_UNITS);
        assertThat(e.index()).isEqualTo(4);
    }

    @Test
    void rejectsAnUnresolvedValueWithAReason() {
        ValueFormatException e = failure("unresolved:last year");

        assertThat(e.getMessage()).startsWith("\"unresolved:last year\" at character 1 is an unresolved value");
        assertThat(e.index()).isZero();
    }

    @Test
    void requireDateExplainsThatOnlyADateFits() {
        ValueFormatException e = catchThrowableOfType(ValueFormatException.class, () -> ValueGrammar.requireDate("30%"));

        assertThat(e.getMessage()).isEqualTo("expected a month name after the day \"30\" but found \"%\" at character 3");
    }

    private static ValueFormatException failure(String text) {
        return catchThrowableOfType(ValueFormatException.class, () -> ValueGrammar.parse(text));
    }
}
