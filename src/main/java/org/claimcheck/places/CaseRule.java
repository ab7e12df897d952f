package org.claimcheck.places;

/**
 * Whether a text spells a form with acceptable capitals. Abbreviations ("US", "UK", "G7", "U.S.") must be written
 * exactly, so "us" never names the United States. Other forms ignore case inside words but keep each word's initial:
 * a capitalised word must be capitalised ("Chad", not "chad"; "Kenyan", not "kenyan"), a lowercase word lowercase
 * ("the world", not "the World Bank"), except the form's first letter, which may open a sentence. Straight and curly
 * apostrophes are the same.
 */
final class CaseRule {

    private CaseRule() {
    }

    /** Whether {@code text} holds {@code form} at {@code at}, by these rules (word boundaries are not checked here). */
    static boolean matchesAt(String form, CharSequence text, int at) {
        if (at + form.length() > text.length()) {
            return false;
        }
        boolean exact = isAbbreviation(form);
        for (int i = 0; i < form.length(); i++) {
            char f = form.charAt(i);
            char t = text.charAt(at + i);
            if (isApostrophe(f) && isApostrophe(t)) {
                continue;
            }
            if (exact ? f != t : !sameLetterIgnoringCase(f, t)) {
                return false;
            }
            boolean wordStart = Character.isLetter(f) && (i == 0 || !Character.isLetter(form.charAt(i - 1)));
            if (!exact && wordStart && i > 0 && Character.isUpperCase(f) != Character.isUpperCase(t)) {
                return false;
            }
            if (!exact && i == 0 && Character.isUpperCase(f) && !Character.isUpperCase(t)) {
                return false;
            }
        }
        return true;
    }

    /** A form without small letters and with two capitals or a digit: "US", "U.S.", "G7", "BRICS+", "US$". */
    static boolean isAbbreviation(String form) {
        if (form.chars().anyMatch(Character::isLowerCase)) {
            return false;
        }
        return form.chars().filter(Character::isUpperCase).count() >= 2 || form.chars().anyMatch(Character::isDigit);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean sameLetterIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b);
    }
}
