package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParsingTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2001-07-16                | 2001-07-16
            16 July 2001              | 2001-07-16
            July 16, 2001             | 2001-07-16
            July 16 2001              | 2001-07-16
            16 Jul 2001               | 2001-07-16
            16 Jul. 2001              | 2001-07-16
            16th July 2001            | 2001-07-16
            Sept. 3rd, 2019           | 2019-09-03
            29 February 2020          | 2020-02-29
            July 2001                 | 2001-07
            Dec. 2019                 | 2019-12
            December, 2019            | 2019-12
            2019-12                   | 2019-12
            2022-Q3                   | 2022-Q3
            Q3 2022                   | 2022-Q3
            2022 Q3                   | 2022-Q3
            the third quarter of 2022 | 2022-Q3
            3rd quarter 2022          | 2022-Q3
            2019-SU                   | 2019-SU
            summer 2019               | 2019-SU
            the summer of 2019        | 2019-SU
            fall 2005                 | 2005-FA
            Autumn 2005               | 2005-FA
            2019                      | 2019
            196X                      | 196X
            1960s                     | 196X
            the 1960s                 | 196X
            the 1960's                | 196X
            18XX                      | 18XX
            19th century              | 18XX
            the 19th century          | 18XX
            the nineteenth century    | 18XX
            21st century              | 20XX
            2015/2020                 | 2015/2020
            2015–2020                 | 2015/2020
            2015 – 2020               | 2015/2020
            2015-2020                 | 2015/2020
            2015 to 2020              | 2015/2020
            2015–20                   | 2015/2020
            2019/20                   | 2019/2020
            1998–02                   | 1998/2002
            2015-03/2016-05           | 2015-03/2016-05
            March 2015 – May 2016     | 2015-03/2016-05
            March 2015 - May 2016     | 2015-03/2016-05
            2001-07-16/2001-08-02     | 2001-07-16/2001-08-02
            16 July 2001 – 2 August 2001 | 2001-07-16/2001-08-02
            2019-Q1/2019-Q3           | 2019-01/2019-09
            """)
    void readsDateForms(String text, String canonical) {
        Value value = ValueGrammar.parse(text);

        assertThat(value).isInstanceOf(DateValue.class);
        assertThat(value.canonical()).isEqualTo(canonical);
    }

    @Test
    void readsTheFullIntervalOfEachGranularity() {
        assertThat(ValueGrammar.parse("2019")).isEqualTo(DateValue.year(2019));
        assertThat(ValueGrammar.parse("the 1960s"))
                .isEqualTo(new DateValue(LocalDate.of(1960, 1, 1), LocalDate.of(1969, 12, 31), Granularity.DECADE));
        assertThat(ValueGrammar.parse("19th century"))
                .isEqualTo(new DateValue(LocalDate.of(1800, 1, 1), LocalDate.of(1899, 12, 31), Granularity.CENTURY));
        assertThat(ValueGrammar.parse("2015–2020"))
                .isEqualTo(new DateValue(LocalDate.of(2015, 1, 1), LocalDate.of(2020, 12, 31), Granularity.RANGE));
    }

    @Test
    void readsWinterAsDecemberToFebruaryOfTheNextYear() {
        assertThat(ValueGrammar.parse("winter 2019"))
                .isEqualTo(new DateValue(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 29), Granularity.SEASON));
    }

    @Test
    void toleratesSpacesAndNonBreakingSpacesAroundTheDate() {
        assertThat(ValueGrammar.parse("  16\u00a0July\u00a02001 ")).isEqualTo(DateValue.day(2001, 7, 16));
    }

    @Test
    void requireDateReadsOnlyDates() {
        assertThat(ValueGrammar.requireDate("Dec. 2019")).isEqualTo(DateValue.month(2019, 12));
    }
}
