package org.claimcheck.extract;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * Finds shares stated as ratios of two counts ("eight out of 10", "two in every five", "1 in 4") and
 * one-to-many ratios ("a ratio of 1:600"), which CoreNLP tags as two separate numbers or not at all. They
 * become percentage candidates with the share they stand for; the claim keeps the ratio's own words, so a
 * judge can read both counts again and take the ratio at its own precision.
 */
final class Ratios {

    static final String MARK = "ratio:";

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("hundred", 100), Map.entry("thousand", 1000));
    /** "1:600", "1:4,000": the right side has three or more digits, so a time of day ("11:00") is never one. */
    private static final Pattern COLON = Pattern.compile("1:(\\d{1,3}(,\\d{3})+|\\d{3,})");

    private final Tokens tokens;

    Ratios(Tokens tokens) {
        this.tokens = tokens;
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Matcher colon = COLON.matcher(tokens.lower(i));
            if (colon.lookingAt() && !tokens.lower(i - 1).matches("\\d+")) {
                double whole = Double.parseDouble(colon.group(1).replace(",", ""));
                out.add(new Candidate(i, i + 1, MentionType.PERCENT, MARK + percent(1, whole), null));
                continue;
            }
            Optional<Integer> part = count(tokens.lower(i));
            if (part.isEmpty()) {
                continue;
            }
            int at = i + 1;
            if (tokens.wordsAt(at, "out", "of")) {
                at += 2;
            } else if (tokens.wordsAt(at, "in", "every")) {
                at += 2;
            } else if (tokens.lower(at).equals("in")) {
                at += 1;
            } else {
                continue;
            }
            Optional<Integer> whole = count(tokens.lower(at));
            // "2 in 2019" is a count and a year; a share's whole is larger than its part and never a year.
            if (whole.isPresent() && whole.get() > part.get() && whole.get() <= 1000) {
                out.add(new Candidate(i, at + 1, MentionType.PERCENT, MARK + percent(part.get(), whole.get()), null));
                i = at;
            }
        }
        return out;
    }

    private static Optional<Integer> count(String word) {
        if (word.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(WORDS.get(word));
    }

    private static String percent(double part, double whole) {
        return new BigDecimal(100 * part / whole).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
