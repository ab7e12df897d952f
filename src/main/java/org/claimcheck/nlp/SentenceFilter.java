package org.claimcheck.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The prefilter: decides from a sentence's characters alone whether CoreNLP could find a date, an amount, a
 * percentage or a number in it. A sentence it rejects holds none of those, so it skips part-of-speech tagging
 * and NER, by far the most expensive part of the pipeline.
 *
 * <p>It errs on the side of keeping: any digit or other numeric character, a currency or percent sign, a
 * spelled-out number, a month, weekday, season or holiday, a word for a unit of time or a relative time word
 * keeps the sentence. Words that only ever make a reference to the present, past or future ("now",
 * "currently", "recently", "soon") do not: they never name a date a claim could state. Nor do the words that
 * make a relative date of a unit, weekday, month or season ("last", "next", "previous"): alone they name no
 * time ("the last round", "next to the border"), and with one ("last year", "next spring") the other word
 * keeps the sentence. Changing the rules
 * changes which annotations are produced, so any change must bump {@link #VERSION} (caches key on it).
 */
public final class SentenceFilter {

    /** Part of every cache key: bump it whenever the rules below change. */
    public static final String VERSION = "5";

    /**
     * Months, weekdays and holidays: value words that are names, capitalised wherever they stand ("in March",
     * "on Monday", "at Christmas").
     */
    private static final Set<String> CALENDAR_NAMES = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays",
            "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "christmas", "xmas", "easter",
            "thanksgiving", "halloween", "valentine", "hanukkah", "ramadan", "passover");

    private static final Set<String> OTHER_WORDS = Set.of(
            // spelled-out numbers, multipliers, fractions, decades ("the nineties")
            "zero", "nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "trillion", "trillions", "bn", "mn", "mln", "tn", "lakh", "lakhs", "crore", "crores",
            "dozen", "dozens", "couple", "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "noughties", "percent", "pct",
            // seasons, the week's parts and the rest of a holiday's name SUTime resolves to a day
            "weekday", "weekdays", "weekend", "weekends", "spring", "summer", "autumn", "fall", "winter", "springs",
            "summers", "autumns", "winters", "mayo",
            // units of time, times of day, and the days named relative to today
            "year", "years", "yr", "yrs", "annual", "annually", "month", "months", "monthly", "week", "weeks",
            "weekly", "fortnight", "fortnights", "day", "days", "daily", "decade", "decades", "century",
            "centuries", "millennium", "millennia", "semester", "fiscal", "morning", "mornings", "afternoon",
            "afternoons", "evening", "evenings", "night", "nights", "noon", "midnight", "today", "tonight",
            "tomorrow", "yesterday", "ago");

    private SentenceFilter() {
    }

    /** True when the text may hold a date, amount, percentage or number that NER could tag. */
    public static boolean mayHoldValue(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isNumericChar(c)) {
                return true;
            }
            if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                if (isValueWord(text, i, end)) {
                    return true;
                }
                i = end;
            } else {
                i++;
            }
        }
        return false;
    }

    /**
     * True when one token may be (part of) a date or number: it holds a numeric character or is one of the words
     * above ("2019", "$", "billion", "March", "II").
     */
    static boolean isValueToken(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (isNumericChar(token.charAt(k))) {
                return true;
            }
        }
        return isValueWord(token, 0, token.length());
    }

    private static boolean isNumericChar(char c) {
        if (c == '%' || c == '\u2030') {
            return true;
        }
        return switch (Character.getType(c)) {
            // digits in any script, ½ and superscripts, Ⅻ; currency signs ($, €, £, ¥, ₽)
            case Character.DECIMAL_DIGIT_NUMBER, Character.OTHER_NUMBER, Character.LETTER_NUMBER,
                    Character.CURRENCY_SYMBOL -> true;
            default -> c == '\u5143'; // 元, the yuan written as a CJK ideograph
        };
    }

    private static boolean isValueWord(CharSequence text, int from, int to) {
        int length = to - from;
        if (length > 12) {
            return false;
        }
        String word = text.subSequence(from, to).toString();
        String lower = word.toLowerCase(Locale.ROOT);
        return CALENDAR_NAMES.contains(lower) || OTHER_WORDS.contains(lower) || isRomanNumeral(word);
    }

    /** True for a month, weekday or holiday ("March", "Monday", "Christmas"), in any case. */
    static boolean isCalendarName(String word) {
        return CALENDAR_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "II", "XIV": the tagger reads upper-case Roman numerals as numbers. A lone "I" is the pronoun. */
    private static boolean isRomanNumeral(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ("IVXLCDM".indexOf(word.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
