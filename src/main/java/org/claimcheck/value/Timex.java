package org.claimcheck.value;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CoreNLP TIMEX values that name a fixed period. A time of day is dropped ("2019-12-02T10:00" is the
 * day); a fiscal quarter ("2022-FYQ3") is read as the calendar quarter, since the fiscal year of the
 * company is not known here; an ISO week ("2019-W05") is the range of its seven days, Monday first.
 * References (PRESENT_REF), partial dates (XXXX-12-02), durations (P3Y) and offsets are not dates: empty.
 */
final class Timex {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(?:FY)?Q([1-4])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private Timex() {
    }

    static Optional<DateValue> read(String timex) {
        if (timex == null) {
            return Optional.empty();
        }
        String value = timex.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            return single(value);
        }
        Optional<DateValue> from = single(value.substring(0, slash));
        Optional<DateValue> to = single(value.substring(slash + 1));
        if (from.isEmpty() || to.isEmpty() || to.get().last().isBefore(from.get().first())) {
            return Optional.empty();
        }
        return Optional.of(DateValue.range(from.get(), to.get()));
    }

    private static Optional<DateValue> single(String value) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return Optional.of(DateValue.day(number(m, 1), number(m, 2), number(m, 3)));
            } else if ((m = MONTH.matcher(value)).matches()) {
                return Optional.of(DateValue.month(number(m, 1), number(m, 2)));
            } else if (YEAR.matcher(value).matches()) {
                return Optional.of(DateValue.year(Integer.parseInt(value)));
            } else if ((m = DECADE.matcher(value)).matches()) {
                return Optional.of(DateValue.decade(number(m, 1) * 10));
            } else if ((m = CENTURY.matcher(value)).matches()) {
                return Optional.of(DateValue.century(number(m, 1) * 100));
            } else if ((m = QUARTER.matcher(value)).matches()) {
                return Optional.of(DateValue.quarter(number(m, 1), number(m, 2)));
            } else if ((m = SEASON.matcher(value)).matches()) {
                int year = number(m, 1);
                return Season.findCode(m.group(2)).map(season -> DateValue.season(year, season));
            } else if ((m = WEEK.matcher(value)).matches()) {
                return isoWeek(number(m, 1), number(m, 2));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2019-02-30, month 13: not a date
        }
        return Optional.empty();
    }

    private static Optional<DateValue> isoWeek(int weekBasedYear, int week) {
        LocalDate inYear = LocalDate.of(weekBasedYear, 1, 4); // 4 January is always in week 1
        if (week < 1 || week > IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(inYear).getMaximum()) {
            return Optional.empty();
        }
        LocalDate monday = inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        return Optional.of(new DateValue(monday, monday.plusDays(6), Granularity.RANGE));
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
