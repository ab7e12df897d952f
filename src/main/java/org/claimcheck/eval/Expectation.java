package org.claimcheck.eval;

import java.util.Optional;
import org.claimcheck.verify.Verdict;

/** What a label expects: one of the four verdicts, or that the text must not be reported as a claim at all. */
public enum Expectation {
    SUPPORTED,
    CONTRADICTED,
    UNVERIFIABLE,
    AMBIGUOUS,
    NOT_A_CLAIM;

    /** The verdict expected of the matched claim; empty for {@link #NOT_A_CLAIM}. */
    public Optional<Verdict> verdict() {
        return isClaim() ? Optional.of(Verdict.valueOf(name())) : Optional.empty();
    }

    public boolean isClaim() {
        return this != NOT_A_CLAIM;
    }
}
