package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries a measure's period into the next sentence of the same paragraph: "Trade reached $147 billion in
 * 2021. The precise total, $146.88 billion, was more than a third above the level a year earlier." Only a
 * sentence that states no date of its own inherits, and only from the sentence right before it.
 */
final class PeriodCarryOver {

    private PeriodCarryOver() {
    }

    static List<Claim> apply(List<Claim> claims, String text) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (c.kind() == ClaimKind.DATE || c.period() != null || sentenceHasDate(out, c.sentenceIndex())) {
                continue;
            }
            Claim previous = lastMeasureWithPeriod(out, c.sentenceIndex() - 1);
            if (previous != null && sameParagraph(text, previous, c)) {
                out.set(i, withPeriod(c, previous));
            }
        }
        return List.copyOf(out);
    }

    private static boolean sentenceHasDate(List<Claim> claims, int sentence) {
        return claims.stream().anyMatch(c -> c.sentenceIndex() == sentence && c.kind() == ClaimKind.DATE);
    }

    private static Claim lastMeasureWithPeriod(List<Claim> claims, int sentence) {
        Claim found = null;
        for (Claim c : claims) {
            if (c.sentenceIndex() == sentence && c.kind() != ClaimKind.DATE && c.period() != null) {
                found = c;
            }
        }
        return found;
    }

    private static boolean sameParagraph(String text, Claim previous, Claim c) {
        int from = previous.sentenceSpan().end();
        int to = c.sentenceSpan().start();
        return from <= to && text.substring(from, to).indexOf('\n') < 0;
    }

    private static Claim withPeriod(Claim c, Claim previous) {
        return c.withPeriod(previous.period(), c.resolution() != null ? c.resolution() : previous.resolution());
    }
}
