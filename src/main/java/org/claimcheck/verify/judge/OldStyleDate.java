package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Value;

/**
 * A day that lies exactly the Julian calendar's lag from the fact's is the same day in the other calendar, not a
 * slip: histories of Russia before 1918, of Britain before 1752 and of much of Europe before 1582 give "Old Style"
 * dates ("the Battle of Poltava took place on June 27, 1709", 8 July in the Gregorian calendar). Such a conflict is
 * a question of which calendar, for review; a real slip almost never lands on that exact lag.
 */
final class OldStyleDate {

    /** The last year any country kept the Julian calendar for civil dates (Greece changed in 1923). */
    static final int LAST_JULIAN_YEAR = 1923;

    private OldStyleDate() {
    }

    /**
     * The days between the two calendars, when the claimed day and the fact's day are one day written in the two
     * calendars (either way round); empty otherwise.
     */
    static OptionalLong lag(Value claimed, Value reference) {
        if (!(claimed instanceof DateValue c) || !(reference instanceof DateValue r) || !singleDay(c)
                || r.first().getYear() > LAST_JULIAN_YEAR) {
            return OptionalLong.empty();
        }
        // A span ("reigned 1762-07-09/1796-11-17") is compared at its ends: "from June 28, 1762" is its first day.
        for (LocalDate end : singleDay(r) || r.granularity() == Granularity.RANGE ? List.of(r.first(), r.last())
                : List.<LocalDate>of()) {
            long apart = Math.abs(ChronoUnit.DAYS.between(end, c.first()));
            if (apart > 0 && (apart == julianLag(end) || apart == julianLag(c.first()))) {
                return OptionalLong.of(apart);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * How many days the Julian calendar runs behind the Gregorian on {@code gregorian}: 10 from 1582, 11 from
     * March 1700, 12 from March 1800, 13 from March 1900. Each century year not divisible by 400 adds a day at its
     * end of February, when the Julian calendar has a 29th and the Gregorian does not.
     */
    static long julianLag(LocalDate gregorian) {
        int year = gregorian.getMonthValue() <= 2 ? gregorian.getYear() - 1 : gregorian.getYear();
        return year / 100 - year / 400 - 2;
    }

    private static boolean singleDay(DateValue d) {
        return d.granularity() == Granularity.DAY && d.first().equals(d.last());
    }
}
