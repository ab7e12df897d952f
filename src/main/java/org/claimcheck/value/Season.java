package org.claimcheck.value;

import java.time.Month;
import java.util.Optional;

/**
 * A meteorological season of three whole months, coded as CoreNLP writes it: SP March–May, SU June–August,
 * FA September–November, WI December to February of the next year.
 */
public enum Season {
    SPRING("SP", Month.MARCH, "spring"),
    SUMMER("SU", Month.JUNE, "summer"),
    AUTUMN("FA", Month.SEPTEMBER, "autumn"),
    WINTER("WI", Month.DECEMBER, "winter");

    private final String code;
    private final Month firstMonth;
    private final String word;

    Season(String code, Month firstMonth, String word) {
        this.code = code;
        this.firstMonth = firstMonth;
        this.word = word;
    }

    /** The two-letter TIMEX code ("SU"). */
    public String code() {
        return code;
    }

    public Month firstMonth() {
        return firstMonth;
    }

    /** The English word used in display forms ("summer"). */
    public String word() {
        return word;
    }

    public static Optional<Season> findCode(String code) {
        for (Season season : values()) {
            if (season.code.equalsIgnoreCase(code)) {
                return Optional.of(season);
            }
        }
        return Optional.empty();
    }

    static Optional<Season> startingIn(Month month) {
        for (Season season : values()) {
            if (season.firstMonth == month) {
                return Optional.of(season);
            }
        }
        return Optional.empty();
    }
}
