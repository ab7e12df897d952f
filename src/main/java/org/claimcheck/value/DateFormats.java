package org.claimcheck.value;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Canonical and display text for dates. Both forms are read back by {@link ValueGrammar#parse}; years are
 * written with four digits. A range prints both ends at the coarsest granularity that states them exactly.
 */
final class DateFormats {

    private enum Ends {
        YEARS,
        MONTHS,
        DAYS
    }

    private DateFormats() {
    }

    static String canonical(DateValue date) {
        LocalDate first = date.first();
        String year = year(first);
        return switch (date.granularity()) {
            case DAY -> year + String.format(Locale.ROOT, "-%02d-%02d", first.getMonthValue(), first.getDayOfMonth());
            case MONTH -> year + String.format(Locale.ROOT, "-%02d", first.getMonthValue());
            case QUARTER -> year + "-Q" + quarter(first);
            case SEASON -> year + "-" + season(first).code();
            case YEAR -> year;
            case DECADE -> year.substring(0, 3) + "X";
            case CENTURY -> year.substring(0, 2) + "XX";
            case RANGE -> canonicalEnd(date.first(), ends(date)) + "/" + canonicalEnd(date.last(), ends(date));
        };
    }

    static String display(DateValue date) {
        LocalDate first = date.first();
        String year = year(first);
        return switch (date.granularity()) {
            case DAY -> first.getDayOfMonth() + " " + DateWords.monthName(first.getMonth()) + " " + year;
            case MONTH -> DateWords.monthName(first.getMonth()) + " " + year;
            case QUARTER -> "Q" + quarter(first) + " " + year;
            case SEASON -> season(first).word() + " " + year;
            case YEAR -> year;
            case DECADE -> "the " + year + "s";
            case CENTURY -> "the " + DateWords.ordinalNumber(first.getYear() / 100 + 1) + " century";
            case RANGE -> displayRange(date);
        };
    }

    private static String displayRange(DateValue date) {
        Ends ends = ends(date);
        if (ends == Ends.YEARS) {
            return year(date.first()) + "\u2013" + year(date.last());
        }
        return displayEnd(date.first(), ends) + " \u2013 " + displayEnd(date.last(), ends);
    }

    private static Ends ends(DateValue date) {
        if (Periods.yearAligned(date.first(), date.last())) {
            return Ends.YEARS;
        }
        return Periods.monthAligned(date.first(), date.last()) ? Ends.MONTHS : Ends.DAYS;
    }

    private static String canonicalEnd(LocalDate day, Ends ends) {
        return switch (ends) {
            case YEARS -> canonical(DateValue.year(day.getYear()));
            case MONTHS -> canonical(DateValue.month(day.getYear(), day.getMonthValue()));
            case DAYS -> canonical(DateValue.day(day));
        };
    }

    private static String displayEnd(LocalDate day, Ends ends) {
        return ends == Ends.MONTHS
                ? display(DateValue.month(day.getYear(), day.getMonthValue()))
                : display(DateValue.day(day));
    }

    private static String year(LocalDate day) {
        return String.format(Locale.ROOT, "%04d", day.getYear());
    }

    private static int quarter(LocalDate first) {
        return (first.getMonthValue() - 1) / 3 + 1;
    }

    private static Season season(LocalDate first) {
        return Season.startingIn(first.getMonth())
                .orElseThrow(() -> new IllegalStateException("no season starts in " + first.getMonth()));
    }
}
