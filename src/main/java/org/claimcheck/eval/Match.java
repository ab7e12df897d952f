package org.claimcheck.eval;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.verify.Finding;

/** A label and the finding whose claim was matched to it, or no finding when nothing overlapping was extracted. */
public record Match(LocatedLabel label, Finding finding) {

    public Match {
        Objects.requireNonNull(label, "label");
    }

    public Optional<Finding> findFinding() {
        return Optional.ofNullable(finding);
    }

    public boolean extracted() {
        return finding != null;
    }
}
