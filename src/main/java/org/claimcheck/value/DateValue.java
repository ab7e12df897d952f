package org.claimcheck.value;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date as stated, kept as the inclusive interval of days it covers and the granularity it was stated at:
 * "2019" is 2019-01-01..2019-12-31 at YEAR, "the 1960s" is 1960-01-01..1969-12-31 at DECADE. The interval
 * always matches the granularity (a MONTH is one whole calendar month); only RANGE covers any interval.
 * Canonical and display forms cover years 0000–9999.
 */
public record DateValue(LocalDate first, LocalDate last, Granularity granularity) implements Value {

    public DateValue {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(granularity, "granularity");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date interval ends before it starts: " + first + ".." + last);
        }
        if (!Periods.fits(granularity, first, last)) {
            throw new IllegalArgumentException(
                    "a " + granularity + " cannot cover " + first + ".." + last + ": use RANGE for other intervals");
        }
    }

    public static DateValue day(LocalDate date) {
        return new DateValue(date, date, Granularity.DAY);
    }

    public static DateValue day(int year, int month, int day) {
        return day(LocalDate.of(year, month, day));
    }

    public static DateValue month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new DateValue(ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH);
    }

    public static DateValue year(int year) {
        return new DateValue(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR);
    }

    /** The decade starting at {@code firstYear}, which must be a multiple of ten. */
    public static DateValue decade(int firstYear) {
        if (firstYear % 10 != 0) {
            throw new IllegalArgumentException("a decade starts at a multiple of ten: " + firstYear);
        }
        return new DateValue(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 9, 12, 31), Granularity.DECADE);
    }

    /** The hundred years starting at {@code firstYear} (1800 for "the 19th century"), a multiple of 100. */
    public static DateValue century(int firstYear) {
        if (firstYear % 100 != 0) {
            throw new IllegalArgumentException("a century starts at a multiple of 100: " + firstYear);
        }
        return new DateValue(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 99, 12, 31), Granularity.CENTURY);
    }

    /** Quarter 1..4 of {@code year}. */
    public static DateValue quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
        YearMonth start = YearMonth.of(year, quarter * 3 - 2);
        return new DateValue(start.atDay(1), start.plusMonths(2).atEndOfMonth(), Granularity.QUARTER);
    }

    /** The three months of {@code season} that start in {@code year} (winter 2019 runs into February 2020). */
    public static DateValue season(int year, Season season) {
        YearMonth start = YearMonth.of(year, season.firstMonth());
        return new DateValue(start.atDay(1), start.plusMonths(2).atEndOfMonth(), Granularity.SEASON);
    }

    /** From the start of {@code from} to the end of {@code to}. */
    public static DateValue range(DateValue from, DateValue to) {
        return new DateValue(from.first, to.last, Granularity.RANGE);
    }

    public boolean contains(DateValue other) {
        return !other.first.isBefore(first) && !other.last.isAfter(last);
    }

    public boolean overlaps(DateValue other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    @Override
    public String canonical() {
        return DateFormats.canonical(this);
    }

    @Override
    public String display() {
        return DateFormats.display(this);
    }
}
