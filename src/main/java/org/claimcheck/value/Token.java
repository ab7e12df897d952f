package org.claimcheck.value;

import java.util.Locale;

/** One lexical piece of a value text, with the 0-based index where it starts in the original text. */
record Token(Kind kind, String text, int start) {

    enum Kind {
        NUMBER,
        WORD,
        SYMBOL
    }

    int end() {
        return start + text.length();
    }

    boolean is(String other) {
        return text.equalsIgnoreCase(other);
    }

    boolean isAnyOf(String... others) {
        for (String other : others) {
            if (is(other)) {
                return true;
            }
        }
        return false;
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** True when {@code next} follows this token with no space between them ("147" and "bn" in "147bn"). */
    boolean touches(Token next) {
        return next != null && end() == next.start;
    }

    /** True for a number written with digits only, such as a year or a day. */
    boolean isDigits(int length) {
        return kind == Kind.NUMBER && text.length() == length && text.chars().allMatch(Character::isDigit);
    }

    boolean isDigits() {
        return kind == Kind.NUMBER && text.chars().allMatch(Character::isDigit);
    }

    int intValue() {
        return Integer.parseInt(text);
    }
}
