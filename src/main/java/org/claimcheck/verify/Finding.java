package org.claimcheck.verify;

import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.Claim;

/**
 * A claim with its verdict, the reason that decided it, the evidence the verdict rests on, a one-line
 * explanation, and how the claim was linked to the fact it was judged against ({@link LinkBasis#UNLINKED} when
 * it was not).
 */
public record Finding(Claim claim, Verdict verdict, Reason reason, List<Evidence> evidence, String explanation,
        LinkBasis link) {

    public Finding {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(link, "link");
        evidence = List.copyOf(evidence);
    }

    /** A finding that rests on no link to a fact (unlinked claims, and the article's own statements). */
    public Finding(Claim claim, Verdict verdict, Reason reason, List<Evidence> evidence, String explanation) {
        this(claim, verdict, reason, evidence, explanation, LinkBasis.UNLINKED);
    }
}
