package org.claimcheck.verify.link;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;

/**
 * The period an article is talking about for a measure. When earlier claims of the article about one subject
 * and attribute all state the same period ("trade reached $146.88 billion in 2021"), a later figure for that
 * measure without a period of its own ("a radio bulletin put two-way trade at $14.7 billion") is read for that
 * period, and the explanation says so. Two different periods before it leave the claim as it was.
 */
public final class ArticlePeriods {

    private record Stated(Set<DateValue> periods, int line) {
    }

    private final Map<String, Stated> byMeasure = new HashMap<>();

    /** Remembers the period of a linked measure claim. */
    public void record(Claim claim, LinkResult link) {
        if (claim.kind() == ClaimKind.DATE || claim.period() == null || !(link instanceof LinkResult.Linked linked)) {
            return;
        }
        byMeasure.computeIfAbsent(key(linked.link()), k -> new Stated(new LinkedHashSet<>(), claim.position().line()))
                .periods().add(claim.period());
    }

    /**
     * The claim with the article's one period for its measure, or the claim unchanged. A sentence that states
     * any date or period of its own ("a 29.3% increase in 2022, when trade hit $190.27 billion") keeps its claims
     * as they are: the date may well be theirs.
     */
    public Claim withArticlePeriod(Claim claim, LinkResult link, java.util.List<Claim> sentenceClaims) {
        if (claim.kind() == ClaimKind.DATE || claim.period() != null || !(link instanceof LinkResult.Linked linked)
                || sentenceClaims.stream().anyMatch(c -> c.kind() == ClaimKind.DATE || c.period() != null)) {
            return claim;
        }
        Stated stated = byMeasure.get(key(linked.link()));
        if (stated == null || stated.periods().size() != 1) {
            return claim;
        }
        DateValue period = stated.periods().iterator().next();
        return claim.withPeriod(period, claim.resolution());
    }

    /** The note for a claim whose period came from earlier in the article. */
    public String note(Claim original, Claim judged, LinkResult link) {
        if (original == judged || !(link instanceof LinkResult.Linked linked)) {
            return "";
        }
        return "period " + judged.period().canonical() + " taken from earlier in the article (line "
                + byMeasure.get(key(linked.link())).line() + ")";
    }

    private static String key(Link link) {
        return link.subjectId() + "|" + link.attributeId();
    }
}
