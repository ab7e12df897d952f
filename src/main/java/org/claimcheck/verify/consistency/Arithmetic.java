package org.claimcheck.verify.consistency;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.value.Amount;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.judge.Evidences;
import org.claimcheck.verify.judge.Explanation;
import org.claimcheck.verify.words.ClaimGeometry;
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
    private static final Pattern FROM = Pattern.compile("\\bfrom\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TO = Pattern.compile("\\bto\\b", Pattern.CASE_INSENSITIVE);
    /** What may stand between a change and its "from" figure: "rose 20% from", "up 20% in 2021 from". */
    private static final Pattern CHANGE_THEN_FROM = Pattern.compile(
            "\\s*(?:(?:by|up|down|year[- ]on[- ]year|on the year|in (?:19|20)\\d\\d|,)\\s*)*from\\s*",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between the "to" figure and a change: ", up 33.6%", " (an increase of 34%", ", doubling". */
    private static final Pattern TO_THEN_CHANGE = Pattern.compile(
            "(?:\\s+in (?:19|20)\\d\\d)?\\s*[,;(\u2013\u2014-]?\\s*(?:(?:up|down|growth of|an? (?:\\w+ )?"
                    + "(?:increase|rise|jump|gain|drop|fall|decline|decrease) of)\\s*)?", Pattern.CASE_INSENSITIVE);

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
    private static boolean tied(Claim claim, Claim from, Claim to, String sentence) {
        int claimStart = ClaimGeometry.valueStart(claim);
        int claimEnd = ClaimGeometry.valueEnd(claim);
        if (claimEnd <= ClaimGeometry.valueStart(from)) {
            return CHANGE_THEN_FROM.matcher(sentence.substring(claimEnd, ClaimGeometry.valueStart(from))).matches();
        }
        int toEnd = ClaimGeometry.valueEnd(to);
        return toEnd <= claimStart && TO_THEN_CHANGE.matcher(sentence.substring(toEnd, claimStart)).matches();
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
        String sentence = claim.sentence();
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
            String before = sentence.substring(Math.max(0, fromStart - 12), fromStart);
            String between = sentence.substring(ClaimGeometry.valueEnd(from), ClaimGeometry.valueStart(to));
            if (a.unit().comparableWith(b.unit()) && FROM.matcher(before).find() && TO.matcher(between).find()
                    && tied(claim, from, to, sentence)) {
                int distance = Math.abs(fromStart - ClaimGeometry.valueStart(claim));
                if (distance < bestDistance) {
                    best = Optional.of(new FromTo(from, to));
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
