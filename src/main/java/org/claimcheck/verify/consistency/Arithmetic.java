package org.claimcheck.verify.consistency;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.value.Amount;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.judge.Evidences;
import org.claimcheck.verify.judge.Explanation;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.UnitKinds;
import org.claimcheck.verify.words.ValueText;

/**
 * Checks a change stated in a sentence against the figures the same sentence gives: "rose 20% from $110bn to
 * $147bn" does not add up (the figures give +33.6 %), and neither does "doubled from $110bn to $147bn". The
 * two figures are the nearest pair of amounts in one unit written "from A … to B", and the change must be
 * written right before "from A" or right after "to B" (", up 34%"), so a share or rate elsewhere in the
 * sentence is never taken for the change. Each figure is taken at its own precision, so rounding in the
 * article never counts as an error. A change that does not add up is
 * contradicted with the computed figure in the explanation.
 */
public final class Arithmetic {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Words that may stand between a change and its "from" figure: "rose 20% from", "up 20% year-on-year from". */
    private static final List<List<String>> CHANGE_THEN_FROM = phrases("by", "up", "down", ",", "year-on-year",
            "year - on - year", "year on year", "on the year");
    /** Words that may introduce a change after the "to" figure: ", up 33.6%", "(an increase of 34%". */
    private static final List<List<String>> TO_THEN_CHANGE = phrases("up", "down", "growth of");
    private static final Set<String> CHANGE_NOUNS = Set.of("increase", "rise", "jump", "gain", "drop", "fall",
            "decline", "decrease");
    private static final Set<String> MARKS_BEFORE_CHANGE = Set.of(",", ";", "(", "\u2013", "\u2014", "-");

    /** The "from A to B" pair a change refers to. */
    private record FromTo(Claim from, Claim to) {
    }

    private Arithmetic() {
    }

    /** A contradicting finding when {@code claim}'s change does not fit its sentence's figures. */
    public static Optional<Finding> check(Claim claim, List<Claim> sentenceClaims) {
        Optional<ClaimedChange> claimed = ClaimedChange.of(claim);
        Optional<FromTo> pair = fromTo(claim, sentenceClaims);
        if (claimed.isEmpty() || pair.isEmpty()) {
            return Optional.empty();
        }
        Amount a = (Amount) pair.get().from().value();
        Amount b = (Amount) pair.get().to().value();
        double aLow = a.inBaseUnit().subtract(a.statedPrecision().divide(TWO)).doubleValue();
        double aHigh = a.inBaseUnit().add(a.statedPrecision().divide(TWO)).doubleValue();
        double bLow = b.inBaseUnit().subtract(b.statedPrecision().divide(TWO)).doubleValue();
        double bHigh = b.inBaseUnit().add(b.statedPrecision().divide(TWO)).doubleValue();
        if (aLow <= 0) {
            return Optional.empty();
        }
        double low = bLow / aHigh;
        double high = bHigh / aLow;
        ClaimedChange c = claimed.get();
        boolean fits = c.signed() ? overlaps(c.low(), c.high(), low, high) : overlapsUnsigned(c, low, high);
        if (fits) {
            return Optional.empty();
        }
        double actual = b.inBaseUnit().doubleValue() / a.inBaseUnit().doubleValue() - 1;
        String computed = String.format(Locale.ROOT, "%+.1f %%", actual * 100);
        String line = Explanation.of(claim).then("the article's own figures, " + ValueText.of(a) + " to "
                + ValueText.of(b) + ", give " + computed + " (\u00d7" + String.format(Locale.ROOT, "%.2f", actual + 1)
                + ") \u2014 contradicted: the arithmetic does not add up").line();
        List<Evidence> evidence = List.of(
                Evidences.of(pair.get().from(), null, null, "from \u201c" + pair.get().from().text() + "\u201d"),
                Evidences.of(pair.get().to(), null, null, "to \u201c" + pair.get().to().text() + "\u201d"));
        return Optional.of(new Finding(claim, Verdict.CONTRADICTED, Reason.ARITHMETIC, evidence, line));
    }

    /** Whether the change is written right before "from A" or right after "to B", not merely in the sentence. */
    private static boolean tied(Claim claim, Claim from, Claim to) {
        int claimStart = ClaimGeometry.valueStart(claim);
        int claimEnd = ClaimGeometry.valueEnd(claim);
        if (claimEnd <= ClaimGeometry.valueStart(from)) {
            List<String> between = TaggedWords.lowerWithin(claim, claimEnd, ClaimGeometry.valueStart(from));
            return !between.isEmpty() && between.get(between.size() - 1).equals("from")
                    && onlyLinks(between.subList(0, between.size() - 1), CHANGE_THEN_FROM, 0);
        }
        int toEnd = ClaimGeometry.valueEnd(to);
        return toEnd <= claimStart && introducesChange(TaggedWords.lowerWithin(claim, toEnd, claimStart));
    }

    /**
     * Whether {@code words} are nothing but the given linking phrases and "in" with a year, from {@code at} on: the
     * words between a change and "from" ("up 20% in 2021 from").
     */
    private static boolean onlyLinks(List<String> words, List<List<String>> links, int at) {
        if (at == words.size()) {
            return true;
        }
        if (words.get(at).equals("in") && at + 1 < words.size() && isYear(words.get(at + 1))) {
            return onlyLinks(words, links, at + 2);
        }
        return links.stream().anyMatch(p -> startsAt(words, at, p) && onlyLinks(words, links, at + p.size()));
    }

    /**
     * Whether the words between the "to" figure and the change say it is that change: an optional "in 2021", an
     * optional mark, then nothing, "up", "down", "growth of", or "a(n) [word] increase of" and its kin.
     */
    private static boolean introducesChange(List<String> words) {
        int at = 0;
        if (words.size() >= 2 && words.get(0).equals("in") && isYear(words.get(1))) {
            at = 2;
        }
        if (at < words.size() && MARKS_BEFORE_CHANGE.contains(words.get(at))) {
            at++;
        }
        List<String> rest = words.subList(at, words.size());
        if (rest.isEmpty() || TO_THEN_CHANGE.contains(rest)) {
            return true;
        }
        int n = rest.size();
        return (n == 3 || n == 4) && (rest.get(0).equals("a") || rest.get(0).equals("an"))
                && CHANGE_NOUNS.contains(rest.get(n - 2)) && rest.get(n - 1).equals("of");
    }

    private static boolean startsAt(List<String> words, int at, List<String> phrase) {
        return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && word.chars().allMatch(Character::isDigit);
    }

    private static List<List<String>> phrases(String... phrases) {
        return Arrays.stream(phrases).map(p -> List.of(p.split(" "))).toList();
    }

    private static boolean overlaps(double lowA, double highA, double lowB, double highB) {
        return lowA <= highB && lowB <= highA;
    }

    /** Sizes only: the claimed size of change against the smallest and largest size the figures allow. */
    private static boolean overlapsUnsigned(ClaimedChange c, double low, double high) {
        double smallest = low <= 1 && 1 <= high ? 0 : Math.min(Math.abs(low - 1), Math.abs(high - 1));
        double largest = Math.max(Math.abs(low - 1), Math.abs(high - 1));
        return overlaps(c.low(), c.high(), smallest, largest);
    }

    private static Optional<FromTo> fromTo(Claim claim, List<Claim> sentenceClaims) {
        List<Claim> amounts = sentenceClaims.stream()
                .filter(c -> c != claim && c.value() instanceof Amount a && !UnitKinds.isPercentage(a.unit()))
                .sorted(Comparator.comparingInt(ClaimGeometry::valueStart)).toList();
        Optional<FromTo> best = Optional.empty();
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i + 1 < amounts.size(); i++) {
            Claim from = amounts.get(i);
            Claim to = amounts.get(i + 1);
            Amount a = (Amount) from.value();
            Amount b = (Amount) to.value();
            int fromStart = ClaimGeometry.valueStart(from);
            if (ClaimGeometry.valueEnd(from) > ClaimGeometry.valueStart(to)) {
                continue;
            }
            if (a.unit().comparableWith(b.unit()) && afterFrom(claim, fromStart)
                    && TaggedWords.lowerWithin(claim, ClaimGeometry.valueEnd(from), ClaimGeometry.valueStart(to))
                    .contains("to") && tied(claim, from, to)) {
                int distance = Math.abs(fromStart - ClaimGeometry.valueStart(claim));
                if (distance < bestDistance) {
                    best = Optional.of(new FromTo(from, to));
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Whether "from" is one of the two words before the figure at {@code start} ("from $110bn", "from about 20"). */
    private static boolean afterFrom(Claim claim, int start) {
        List<String> before = TaggedWords.lowerWithin(claim, 0, start);
        return before.subList(Math.max(0, before.size() - 2), before.size()).contains("from");
    }
}
