package org.claimcheck.verify.consistency;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.value.Amount;
import org.claimcheck.verify.judge.Bands;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.UnitKinds;
import org.claimcheck.verify.words.ValueText;
import org.claimcheck.verify.words.Words;

/**
 * The change a claim states, as the range of "new ÷ old" ratios it allows: "rose 20%" allows 1.195 to 1.205
 * (half a unit of the last digit), "fell about 10%" 0.895 to 0.905 widened to 5 % of the figure, "doubled"
 * 1.9 to 2.1 (5 % either side), "grew by a third" 1.3 to 1.367 (a fraction word is read within 10 % of
 * itself). Without a word saying rise or fall, only the size of the change is compared.
 */
record ClaimedChange(double low, double high, boolean signed, String said) {

    private static final Map<String, Double> MULTIPLES = Map.ofEntries(
            Map.entry("doubled", 2.0), Map.entry("double", 2.0), Map.entry("doubling", 2.0),
            Map.entry("twofold", 2.0), Map.entry("two fold", 2.0), Map.entry("tripled", 3.0),
            Map.entry("tripling", 3.0), Map.entry("threefold", 3.0), Map.entry("three fold", 3.0),
            Map.entry("quadrupled", 4.0), Map.entry("fourfold", 4.0), Map.entry("halved", 0.5));

    private static final Map<String, Double> FRACTIONS = Map.ofEntries(
            Map.entry("a third", 1 / 3.0), Map.entry("one third", 1 / 3.0), Map.entry("a quarter", 0.25),
            Map.entry("one quarter", 0.25), Map.entry("half", 0.5), Map.entry("a half", 0.5),
            Map.entry("one half", 0.5), Map.entry("two thirds", 2 / 3.0), Map.entry("a fifth", 0.2),
            Map.entry("one fifth", 0.2), Map.entry("three quarters", 0.75), Map.entry("a tenth", 0.1));

    /** Lemmas of the words that say a figure rose or fell ("rose", "a rise", "up"; "fell", "shrank", "down"). */
    private static final Set<String> RISE = Set.of("rise", "grow", "growth", "increase", "jump", "climb", "surge",
            "soar", "up", "gain", "expand", "expansion", "boost", "double", "triple");
    private static final Set<String> FALL = Set.of("fall", "decline", "drop", "decrease", "shrink", "slide", "plunge",
            "plummet", "down", "contract", "contraction", "slump", "halve", "lose");

    static Optional<ClaimedChange> of(Claim claim) {
        String words = Words.key(claim.text());
        Double multiple = MULTIPLES.get(words);
        if (multiple != null) {
            return Optional.of(new ClaimedChange(multiple * 0.95, multiple * 1.05, true, claim.text()));
        }
        int direction = direction(claim);
        Double fraction = FRACTIONS.get(words.replaceFirst("^by ", ""));
        if (fraction != null) {
            return Optional.of(change(fraction * 0.9, fraction * 1.1, direction, "by " + words));
        }
        if (claim.value() instanceof Amount a && UnitKinds.isPercentage(a.unit())) {
            double p = a.number().doubleValue();
            double step = a.number().ulp().doubleValue();
            double low = p - step / 2;
            double high = p + step / 2;
            switch (claim.qualifier()) {
                case APPROXIMATELY -> {
                    double band = Math.max(Math.abs(p) * Bands.APPROXIMATELY.doubleValue(), step);
                    low = p - band;
                    high = p + band;
                }
                case NEARLY -> low = p - Math.max(Math.abs(p) * Bands.NEARLY.doubleValue(), step);
                case MORE_THAN, AT_LEAST -> high = Double.POSITIVE_INFINITY;
                case LESS_THAN, AT_MOST -> low = Double.NEGATIVE_INFINITY;
                default -> { }
            }
            return Optional.of(change(low / 100, high / 100, direction, ValueText.of(claim.qualifier(), a)));
        }
        return Optional.empty();
    }

    private static ClaimedChange change(double low, double high, int direction, String said) {
        if (direction == 0) {
            return new ClaimedChange(low, high, false, said);
        }
        double a = 1 + direction * low;
        double b = 1 + direction * high;
        return new ClaimedChange(Math.min(a, b), Math.max(a, b), true, said);
    }

    /** +1 for a rise, -1 for a fall, 0 when the sentence does not say; the word nearest the claim wins. */
    private static int direction(Claim claim) {
        int value = ClaimGeometry.valueStart(claim);
        int best = Integer.MAX_VALUE;
        int direction = 0;
        for (ClaimWord w : TaggedWords.orLemmatized(claim)) {
            int sign = RISE.contains(w.lemma()) ? 1 : FALL.contains(w.lemma()) ? -1 : 0;
            int distance = Math.abs(w.start() - value);
            if (sign != 0 && distance < best) {
                best = distance;
                direction = sign;
            }
        }
        return direction;
    }
}
