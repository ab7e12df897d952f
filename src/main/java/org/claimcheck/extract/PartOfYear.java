package org.claimcheck.extract;

import java.util.Map;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * A period stated as part of a year: "in the last quarter of 2023", "in the first half of 2022". The tagger may give
 * such a phrase only its year, and an amount for a quarter or a half is not the year's: "Vale's production surged
 * to 89.4 million tonnes in the last quarter of 2023" is no figure for 2023. The words between the amount and the
 * year (or the date's own words) say which part.
 */
final class PartOfYear {

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2,
            "third", 3, "3rd", 3, "fourth", 4, "4th", 4, "last", -1, "final", -1);

    /** How far before the year the part's words may stand: "the first half of" 2022. */
    private static final int WORDS_BEFORE = 4;

    private final Tokens tokens;

    PartOfYear(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The part of {@code year}, the period of the amount at {@code amount}, that the words just before the year or
     * among its own words name ("the last quarter of", "the first half of"), or {@code year} itself when they name
     * none or the date is finer than a year already. Only words after the amount count when it comes first.
     */
    DateValue narrow(DateValue year, Candidate amount, Candidate date) {
        if (year.granularity() != Granularity.YEAR) {
            return year;
        }
        int from = Math.max(date.from() - WORDS_BEFORE, amount.to() <= date.from() ? amount.to() : 0);
        for (int i = Math.max(from, 1); i < date.to(); i++) {
            Integer ordinal = ORDINALS.get(tokens.lower(i - 1));
            if (ordinal == null) {
                continue;
            }
            int y = year.first().getYear();
            if (tokens.lower(i).equals("quarter")) {
                return DateValue.quarter(y, ordinal < 0 ? 4 : ordinal);
            }
            if (tokens.lower(i).equals("half") && (ordinal == 1 || ordinal == 2 || ordinal < 0)) {
                int firstMonth = ordinal == 1 ? 1 : 7;
                return DateValue.range(DateValue.month(y, firstMonth), DateValue.month(y, firstMonth + 5));
            }
        }
        return year;
    }
}
