package org.claimcheck.value;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Which day intervals each granularity may stand for, so that every DateValue has one canonical text. */
final class Periods {

    private Periods() {
    }

    static boolean fits(Granularity granularity, LocalDate first, LocalDate last) {
        return switch (granularity) {
            case DAY -> first.equals(last);
            case MONTH -> first.getDayOfMonth() == 1 && last.equals(first.plusMonths(1).minusDays(1));
            case QUARTER -> first.getDayOfMonth() == 1 && (first.getMonthValue() - 1) % 3 == 0
                    && last.equals(first.plusMonths(3).minusDays(1));
            case SEASON -> first.getDayOfMonth() == 1 && first.getMonthValue() % 3 == 0
                    && last.equals(first.plusMonths(3).minusDays(1));
            case YEAR -> wholeYears(first, last, 1);
            case DECADE -> wholeYears(first, last, 10);
            case CENTURY -> wholeYears(first, last, 100);
            case RANGE -> true;
        };
    }

    private static boolean wholeYears(LocalDate first, LocalDate last, int years) {
        return first.getDayOfYear() == 1 && Math.floorMod(first.getYear(), years) == 0
                && last.equals(first.plusYears(years).minusDays(1));
    }

    /** True when the interval starts on 1 January and ends on 31 December. */
    static boolean yearAligned(LocalDate first, LocalDate last) {
        return first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31;
    }

    /** True when the interval starts on the first and ends on the last day of a month. */
    static boolean monthAligned(LocalDate first, LocalDate last) {
        return first.getDayOfMonth() == 1 && last.equals(last.with(TemporalAdjusters.lastDayOfMonth()));
    }
}
