package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-12-02        | 2019-12-02
            2019-12           | 2019-12
            2019              | 2019
            196X              | 196X
            202X              | 202X
            18XX              | 18XX
            2015/2020         | 2015/2020
            2015-03/2016-05   | 2015-03/2016-05
            2022-Q3           | 2022-Q3
            2022-FYQ3         | 2022-Q3
            2019-SU           | 2019-SU
            2005-FA           | 2005-FA
            2019-WI           | 2019-WI
            2019-12-02T10:00  | 2019-12-02
            2019-12-02TMO     | 2019-12-02
            2019-W05          | 2019-01-28/2019-02-03
            2020-W53          | 2020-12-28/2021-01-03
            """)
    void readsTimexValuesThatNameAPeriod(String timex, String canonical) {
        assertThat(ValueGrammar.fromTimex(timex)).map(Value::canonical).contains(canonical);
    }

    @Test
    void readsAWeekAsTheRangeOfItsDaysFromMonday() {
        assertThat(ValueGrammar.fromTimex("2019-W05")).contains(
                new DateValue(LocalDate.of(2019, 1, 28), LocalDate.of(2019, 2, 3), Granularity.RANGE));
    }

    @Test
    void readsAFiscalQuarterAsTheCalendarQuarter() {
        assertThat(ValueGrammar.fromTimex("2022-FYQ3")).contains(DateValue.quarter(2022, 3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-12-02", "XXXX", "2019-XX-02",
            "THIS P1Y OFFSET P-1Y", "P3Y", "PT2H", "almost", "after the", "2019-02-30", "2019-13", "2019-W53",
            "2019-W00", "2020/2015", "2XXX", "2019-Q5", "2019-H1", "19", "fiscal 2023"})
    void givesNothingForValuesThatAreNotFixedPeriods(String timex) {
        assertThat(ValueGrammar.fromTimex(timex)).isEmpty();
    }
}
