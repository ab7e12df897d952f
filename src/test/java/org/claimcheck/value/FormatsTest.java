package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of(DateValue.day(2001, 7, 16), "2001-07-16", "16 July 2001"),
                Arguments.of(DateValue.day(2019, 12, 2), "2019-12-02", "2 December 2019"),
                Arguments.of(DateValue.month(2019, 12), "2019-12", "December 2019"),
                Arguments.of(DateValue.quarter(2022, 3), "2022-Q3", "Q3 2022"),
                Arguments.of(DateValue.season(2019, Season.SUMMER), "2019-SU", "summer 2019"),
                Arguments.of(DateValue.season(2005, Season.AUTUMN), "2005-FA", "autumn 2005"),
                Arguments.of(DateValue.season(2019, Season.WINTER), "2019-WI", "winter 2019"),
                Arguments.of(DateValue.year(2019), "2019", "2019"),
                Arguments.of(DateValue.year(987), "0987", "0987"),
                Arguments.of(DateValue.decade(1960), "196X", "the 1960s"),
                Arguments.of(DateValue.century(1800), "18XX", "the 19th century"),
                Arguments.of(DateValue.century(2000), "20XX", "the 21st century"),
                Arguments.of(DateValue.century(1100), "11XX", "the 12th century"),
                Arguments.of(DateValue.range(DateValue.year(2015), DateValue.year(2020)), "2015/2020", "2015–2020"),
                Arguments.of(DateValue.range(DateValue.month(2015, 3), DateValue.month(2016, 5)),
                        "2015-03/2016-05", "March 2015 – May 2016"),
                Arguments.of(DateValue.range(DateValue.year(2015), DateValue.month(2016, 5)),
                        "2015-01/2016-05", "January 2015 – May 2016"),
                Arguments.of(DateValue.range(DateValue.day(2001, 7, 16), DateValue.day(2001, 8, 2)),
                        "2001-07-16/2001-08-02", "16 July 2001 – 2 August 2001"));
    }

    @ParameterizedTest(name = "{1} / {2}")
    @MethodSource("dates")
    void writesDatesInCanonicalAndDisplayForm(DateValue date, String canonical, String display) {
        assertThat(date.canonical()).isEqualTo(canonical);
        assertThat(date.display()).isEqualTo(display);
    }

    @ParameterizedTest(name = "{0} {1} is \"{2}\" / \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            14688E+7  | USD | 1.4688E+11 USD | $146.88 billion
            147E+9    | USD | 1.47E+11 USD   | $147 billion
            1469E+8   | USD | 1.469E+11 USD  | $146.9 billion
            35E+8     | EUR | 3.5E+9 EUR     | €3.5 billion
            24E+5     | GBP | 2.4E+6 GBP     | £2.4 million
            12E+11    | CNY | 1.2E+12 CNY    | 1.2 trillion CNY
            15E+8     | RUB | 1.5E+9 RUB     | 1.5 billion RUB
            -5E+9     | USD | -5E+9 USD      | -$5 billion
            2000      | km  | 2000 km        | 2,000 km
            38E+9     | m3  | 3.8E+10 m3     | 38 billion m³
            30        | %   | 30 %           | 30%
            2.50      | %   | 2.50 %         | 2.5%
            146E+6    | ''  | 1.46E+8        | 146 million
            146.88    | ''  | 146.88         | 146.88
            2019      | ''  | 2,019          | 2,019
            1234567   | ''  | 1234567        | 1.234567 million
            999999.5  | ''  | 999999.5       | 999,999.5
            """)
    void writesAmountsInCanonicalAndDisplayForm(String number, String unit, String canonical, String display) {
        Amount amount = new Amount(new BigDecimal(number), unit.isEmpty() ? Units.count() : AmountParsingTest.unit(unit));

        assertThat(amount.canonical()).isEqualTo(canonical);
        assertThat(amount.display()).isEqualTo(display);
    }

    @Test
    void writesAnUnresolvedValueWithItsReason() {
        Unresolved value = new Unresolved("last year", "no publication date");

        assertThat(value.canonical()).isEqualTo("unresolved:last year");
        assertThat(value.display()).isEqualTo("\u201clast year\u201d (unresolved: no publication date)");
    }

    @Test
    void refusesAnIntervalThatDoesNotFitItsGranularity() {
        LocalDate first = LocalDate.of(2019, 3, 5);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DateValue(first, LocalDate.of(2019, 12, 31), Granularity.YEAR))
                .withMessageContaining("use RANGE");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new DateValue(first, first.plusDays(1), Granularity.DAY));
        assertThat(new DateValue(first, LocalDate.of(2019, 12, 31), Granularity.RANGE).canonical())
                .isEqualTo("2019-03-05/2019-12-31");
    }
}
