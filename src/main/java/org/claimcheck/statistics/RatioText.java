package org.claimcheck.statistics;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.value.Qualifier;

/**
 * Reads a ratio a claim states in words: a share of two counts ("eight out of 10", "two in every five",
 * "1 in 4") as a percentage, or a one-to-many ratio ("1:600", "1:4,000-5,000") as so many per 1,000. A ratio is
 * as precise as its smaller count: "eight out of 10" is 7.5 to 8.5 tenths (75–85 %), "one in five" is one in
 * 4.5 to 5.5 (18.2–22.2 %), "1:600" one in 599.5 to 600.5.
 */
final class RatioText {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));
    private static final Pattern SHARE = Pattern.compile("(?i)^(\\w+) (?:out of|in every|in) (\\w+)$");
    private static final Pattern COLON = Pattern.compile("^1:([\\d,]+)(?:\\s*[-\u2013]\\s*([\\d,]+))?");

    private RatioText() {
    }

    /** A share of two counts, in percent; empty when the text is no such ratio. */
    static Optional<StatedFigure> share(String text, Qualifier qualifier) {
        Matcher m = SHARE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Integer> part = count(m.group(1));
        Optional<Integer> whole = count(m.group(2));
        if (part.isEmpty() || whole.isEmpty() || whole.get() <= part.get()) {
            return Optional.empty();
        }
        double x = part.get();
        double y = whole.get();
        double value = 100 * x / y;
        double lo = x >= 2 ? 100 * (x - 0.5) / y : 100 * x / (y + 0.5);
        double hi = x >= 2 ? 100 * (x + 0.5) / y : 100 * x / (y - 0.5);
        StatedFigure base = StatedFigure.of(value, 0, qualifier, "\u201c" + text.strip() + "\u201d");
        return Optional.of(widen(base, lo, hi, value, qualifier));
    }

    /**
     * A one-to-many ratio in people per 1,000, with the rest of the sentence after it (for "-5,000"); empty when
     * the text is no such ratio.
     */
    static Optional<StatedFigure> perThousand(String text, String after, Qualifier qualifier) {
        Matcher m = COLON.matcher((text + after).strip());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        StatedFigure one = oneIn(m.group(1), qualifier);
        if (m.group(2) == null) {
            return Optional.of(one);
        }
        return Optional.of(one.to(oneIn(m.group(2), qualifier)));
    }

    private static StatedFigure oneIn(String digits, Qualifier qualifier) {
        double n = Double.parseDouble(digits.replace(",", ""));
        double value = 1000 / n;
        StatedFigure base = StatedFigure.of(value, 0, qualifier, "1:" + digits);
        return widen(base, 1000 / (n + 0.5), 1000 / (n - 0.5), value, qualifier);
    }

    /** A plain or hedged ratio keeps its own precision; comparators use the ratio itself. */
    private static StatedFigure widen(StatedFigure base, double lo, double hi, double value, Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> new StatedFigure(lo, false, hi, false, base.said());
            case APPROXIMATELY -> new StatedFigure(Math.min(lo, value * 0.95), false, Math.max(hi, value * 1.05),
                    false, base.said());
            default -> base;
        };
    }

    private static Optional<Integer> count(String word) {
        if (word.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(WORDS.get(word.toLowerCase(java.util.Locale.ROOT)));
    }
}
