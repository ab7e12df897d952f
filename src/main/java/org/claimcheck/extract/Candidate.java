package org.claimcheck.extract;

import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * A value mention in token terms while extraction works on it: tokens {@code [from, to)} of the sentence,
 * the entity type, and CoreNLP's normalized value.
 */
record Candidate(int from, int to, MentionType type, String normalized, String timexType) {

    /**
     * A TIMEX day or month with the year SUTime gave it or none ("2017-08-02", "XXXX-10"); group 1 is the month and day
     * without the year ("-08-02").
     */
    static final Pattern DAY_OR_MONTH = Pattern.compile("(?:\\d{4}|XXXX)(-\\d{2}(?:-\\d{2})?)");

    /** The normalized value of a weekday in a clause about the future ("would fly … home on Friday"). */
    static final String FUTURE_WEEKDAY = "FUTURE-WEEKDAY";

    Candidate {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("empty candidate [" + from + ", " + to + ")");
        }
    }

    Candidate withRange(int newFrom, int newTo) {
        return new Candidate(newFrom, newTo, type, normalized, timexType);
    }

    Candidate withNormalized(String value) {
        return new Candidate(from, to, type, value, timexType);
    }

    boolean overlaps(Candidate o) {
        return from < o.to && o.from < to;
    }

    int length() {
        return to - from;
    }
}
