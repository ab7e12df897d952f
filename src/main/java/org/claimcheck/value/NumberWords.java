package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads English number words: "ten", "twenty-five", "a hundred", "two thousand", "one hundred and five",
 * "a dozen", "half a million". Like a numeral with a multiplier, the result keeps the precision the words
 * state: "two thousand" is 2E+3 (as "2 thousand" is), "twenty-five" is 25, "half a million" is 5E+5.
 */
public final class NumberWords {

    private static final List<String> SMALL = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final Map<String, Integer> SCALES = Map.of("thousand", 3, "million", 6, "billion", 9,
            "trillion", 12);
    private static final Set<String> OTHERS = Set.of("a", "an", "and", "half", "hundred", "dozen");

    private NumberWords() {
    }

    /** True for a word that can be part of a spelled-out number ("twenty-five", "hundred", "a", "and"). */
    public static boolean isNumberWord(String word) {
        for (String part : word.toLowerCase(Locale.ROOT).split("-")) {
            if (!SMALL.contains(part) && !TENS.contains(part) && !SCALES.containsKey(part) && !OTHERS.contains(part)) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The number the words spell, or empty when they do not spell exactly one number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Reader reader = new Reader();
        for (String word : text.strip().toLowerCase(Locale.ROOT).split("[\\s\\u00A0-]+")) {
            if (!reader.accept(word)) {
                return Optional.empty();
            }
        }
        return reader.result();
    }

    /** A small state machine over the words of one number, group by group ("two hundred | thousand"). */
    private static final class Reader {
        private BigDecimal total = BigDecimal.ZERO;
        private long group;
        private boolean groupStarted;
        private boolean needsScale; // after "a" or "half": only "hundred", "dozen" or a scale may follow
        private boolean half;
        private boolean hasTens;
        private boolean hasUnits;
        private boolean hasHundred;
        private boolean closed; // after "dozen"
        private boolean pendingAnd;
        private int lastScale = Integer.MAX_VALUE;
        private int precision;
        private boolean any;

        boolean accept(String word) {
            if (closed) {
                return false;
            }
            int small = SMALL.indexOf(word);
            int tens = TENS.indexOf(word);
            if (small >= 0) {
                return units(small);
            }
            if (tens >= 2) {
                if (hasTens || hasUnits || needsScale) {
                    return false;
                }
                group += tens * 10L;
                hasTens = true;
                return start(0);
            }
            if (SCALES.containsKey(word)) {
                return scale(SCALES.get(word));
            }
            return other(word);
        }

        private boolean units(int value) {
            // "twenty five" is fine, "five five" or "twenty fifteen" are not.
            if (hasUnits || needsScale || (hasTens && (value == 0 || value >= 10))) {
                return false;
            }
            group += value;
            hasUnits = true;
            return start(0);
        }

        private boolean other(String word) {
            switch (word) {
                case "a", "an" -> {
                    if (groupStarted) {
                        return false;
                    }
                    group = 1;
                    needsScale = true;
                    return start(0);
                }
                case "half" -> {
                    if (any) {
                        return false;
                    }
                    half = true;
                    return true;
                }
                case "and" -> {
                    // British "one hundred and five", "two thousand and ten".
                    if (!any || needsScale || hasTens || hasUnits || pendingAnd) {
                        return false;
                    }
                    pendingAnd = true;
                    return true;
                }
                case "hundred" -> {
                    // "fifteen hundred" and "twenty-five hundred" are numbers too.
                    if (hasHundred || group >= 100 || pendingAnd) {
                        return false;
                    }
                    group = (groupStarted ? group : 1) * 100;
                    hasHundred = true;
                    hasTens = false;
                    hasUnits = false;
                    needsScale = false;
                    return start(2);
                }
                case "dozen" -> {
                    group = (groupStarted ? group : 1) * 12;
                    closed = true;
                    needsScale = false;
                    return start(0);
                }
                default -> {
                    return false;
                }
            }
        }

        private boolean scale(int exponent) {
            if (exponent >= lastScale || pendingAnd) {
                return false;
            }
            BigDecimal groupValue = BigDecimal.valueOf(groupStarted ? group : 1).scaleByPowerOfTen(exponent);
            total = total.add(half ? groupValue.divide(BigDecimal.valueOf(2)) : groupValue);
            half = false;
            lastScale = exponent;
            group = 0;
            groupStarted = false;
            needsScale = false;
            hasTens = false;
            hasUnits = false;
            hasHundred = false;
            precision = exponent;
            any = true;
            pendingAnd = false;
            return true;
        }

        private boolean start(int precisionExponent) {
            pendingAnd = false;
            groupStarted = true;
            any = true;
            precision = precisionExponent;
            return true;
        }

        Optional<BigDecimal> result() {
            if (!any || needsScale || half || pendingAnd) {
                return Optional.empty();
            }
            BigDecimal value = total.add(BigDecimal.valueOf(group));
            int scale = Math.max(value.stripTrailingZeros().scale(), -precision);
            return Optional.of(value.setScale(Math.min(scale, 0)));
        }
    }
}
