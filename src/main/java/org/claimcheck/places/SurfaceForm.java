package org.claimcheck.places;

import java.util.List;
import java.util.Locale;

/**
 * One way of writing a place in a text, with the places it may stand for. No places means a phrase that only looks
 * like a place's name ("Latin America", "the World Bank"): matching it stops a shorter name inside it from matching.
 */
record SurfaceForm(String text, Naming naming, List<Place> places) {

    SurfaceForm {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a surface form cannot be blank");
        }
        places = List.copyOf(places);
    }

    static SurfaceForm notAPlace(String text) {
        return new SurfaceForm(text, Naming.NAME, List.of());
    }

    boolean isPlace() {
        return !places.isEmpty();
    }

    /** The key under which forms are compared for clashes: case and apostrophe style do not make two names. */
    String key() {
        return key(text);
    }

    static String key(String text) {
        return text.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    /** The first word, lowercased: the finder looks forms up by the word a text position starts with. */
    String firstWord() {
        return firstWord(text, 0);
    }

    static String firstWord(CharSequence s, int start) {
        int end = start;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }
}
