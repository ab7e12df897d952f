package org.claimcheck.value;

import java.util.Optional;

/**
 * The one grammar that reads values: canonical forms, the forms curators write in reference tables, the
 * surface forms articles use, and the normalized strings CoreNLP produces.
 */
public final class ValueGrammar {

    private ValueGrammar() {
    }

    /**
     * Reads a date or amount as written by a person or by {@link Value#canonical()}.
     *
     * @throws ValueFormatException saying what was expected and at which character
     */
    public static Value parse(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Reads a CoreNLP TIMEX value ("2019-12", "196X", "2015/2020"); empty for references like PRESENT_REF. */
    public static Optional<DateValue> fromTimex(String timex) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
