package org.claimcheck.value;

import java.util.Objects;
import java.util.Optional;

/**
 * The one grammar that reads values: canonical forms, the forms curators write in reference tables, the
 * surface forms articles use, and the normalized strings CoreNLP produces. Every {@link Value#canonical()}
 * and {@link Value#display()} of a date or amount reads back to the same value; an unresolved value is not
 * read back (a reference or a cache never needs one), and {@link #parse} rejects it with a clear message.
 */
public final class ValueGrammar {

    private static final String EXPECTED = "expected " + DateGrammar.EXPECTED + " or " + AmountGrammar.EXPECTED;

    private static final String END_OF_DATE = "expected the end of the date";
    private static final String END_OF_AMOUNT = "expected the end of the amount";

    private ValueGrammar() {
    }

    /**
     * Reads a date or amount as written by a person or by {@link Value#canonical()}. A bare four-digit number
     * is a year ("2019"); write a count with a separator ("2,019") or use {@link #requireAmount}.
     *
     * @throws ValueFormatException saying what was expected and at which character
     */
    public static Value parse(String text) {
        Objects.requireNonNull(text, "text");
        rejectUnresolved(text);
        TokenCursor dates = new TokenCursor(text);
        ValueFormatException dateError;
        try {
            return wholeDate(dates);
        } catch (ValueFormatException e) {
            if (dates.committed()) {
                throw e;
            }
            dateError = e;
        }
        TokenCursor amounts = new TokenCursor(text);
        try {
            return AmountGrammar.read(amounts, false);
        } catch (ValueFormatException amountError) {
            throw choose(text, dateError, amountError);
        }
    }

    /** Reads text that must be a date, such as a reference cell in a date column. */
    public static DateValue requireDate(String text) {
        Objects.requireNonNull(text, "text");
        return wholeDate(new TokenCursor(text));
    }

    /** Reads text that must be an amount; here "2000" is the count 2000, not a year. */
    public static Amount requireAmount(String text) {
        Objects.requireNonNull(text, "text");
        return AmountGrammar.read(new TokenCursor(text), false);
    }

    /**
     * Reads an amount phrase exactly as it stands in an article ("US $147bn,", "£2.4m", "1.5bn roubles"),
     * leniently: what follows the amount is ignored, and a phrase that is not one amount gives empty. A bare
     * "m" attached to the digits ("600m") or after a currency is million; "600 m" is 600 metres.
     */
    public static Optional<Amount> parseAmount(String surface) {
        return SurfaceAmounts.read(surface);
    }

    /** Reads a CoreNLP TIMEX value ("2019-12", "196X", "2015/2020"); empty for references like PRESENT_REF. */
    public static Optional<DateValue> fromTimex(String timex) {
        return Timex.read(timex);
    }

    /**
     * Reads a CoreNLP normalized MONEY, PERCENT or NUMBER value (">$2.0E11", "~%30.0", "3.8E10"); empty for
     * ranges, other tags and anything else. Meant as a fallback when the surface text does not read.
     */
    public static Optional<NormalizedAmount> fromCoreNlp(String normalized, String nerTag) {
        return CoreNlpAmounts.read(normalized, nerTag);
    }

    /** The error that got furthest; at a tie the amount's (its unit list helps more), unless neither fits. */
    private static ValueFormatException choose(String text, ValueFormatException date, ValueFormatException amount) {
        if (date.index() > amount.index()) {
            return date;
        }
        int index = amount.index();
        String found = " but found " + TokenCursor.found(atIndex(new TokenCursor(text), index))
                + " at character " + (index + 1);
        if (index == new TokenCursor(text).index()) {
            return new ValueFormatException(EXPECTED + found, index);
        }
        if (date.index() == index && date.getMessage().startsWith(END_OF_DATE)
                && amount.getMessage().startsWith(END_OF_AMOUNT)) {
            return new ValueFormatException("expected the end of the value" + found, index); // "2019."
        }
        return amount;
    }

    private static Token atIndex(TokenCursor c, int index) {
        while (!c.atEnd() && c.peek().start() < index) {
            c.advance();
        }
        return c.peek();
    }

    private static DateValue wholeDate(TokenCursor c) {
        DateValue date = DateGrammar.read(c);
        if (!c.atEnd()) {
            throw c.fail(END_OF_DATE.substring("expected ".length()));
        }
        return date;
    }

    private static void rejectUnresolved(String text) {
        int start = text.indexOf("unresolved:");
        if (start >= 0 && text.substring(0, start).isBlank()) {
            throw new ValueFormatException("\"" + text.strip() + "\" at character " + (start + 1)
                    + " is an unresolved value, which is never read back: " + EXPECTED, start);
        }
    }
}
