package org.claimcheck.verify;

import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.Claim;

/** A claim with its verdict, the evidence the verdict rests on, and a one-line explanation. */
public record Finding(Claim claim, Verdict verdict, List<Evidence> evidence, String explanation) {

    public Finding {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
