package org.claimcheck.extract;

import java.util.List;
import java.util.Optional;

/** Reads an ordinal word: "11th", "23rd", "seventh", "twenty-fifth", "hundredth". */
final class Ordinals {

    private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");

    private static final List<String> TENS = List.of("twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth");

    private static final List<String> TENS_CARDINAL = List.of("twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");

    private Ordinals() {
    }

    /** The number a lower-case ordinal word stands for, if it is one. */
    static Optional<Integer> of(String word) {
        if (word.matches("\\d{1,3}(st|nd|rd|th)")) {
            return Optional.of(Integer.parseInt(word.substring(0, word.length() - 2)));
        }
        if (word.equals("hundredth")) {
            return Optional.of(100);
        }
        int unit = UNITS.indexOf(word);
        if (unit >= 0) {
            return Optional.of(unit + 1);
        }
        int tens = TENS.indexOf(word);
        if (tens >= 0) {
            return Optional.of(20 + 10 * tens);
        }
        int dash = word.indexOf('-');
        if (dash > 0) {
            int ten = TENS_CARDINAL.indexOf(word.substring(0, dash));
            int one = UNITS.indexOf(word.substring(dash + 1));
            if (ten >= 0 && one >= 0 && one < 9) {
                return Optional.of(20 + 10 * ten + one + 1);
            }
        }
        return Optional.empty();
    }
}
