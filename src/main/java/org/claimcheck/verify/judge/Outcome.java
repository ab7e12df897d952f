package org.claimcheck.verify.judge;

import java.util.Objects;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;

/**
 * The result of one comparison rule: a verdict, the {@link Reason} that decided it, the short phrase a reader
 * sees ("wrong year"), and the currency conversion the comparison rested on (null when claim and reference
 * share a unit).
 */
record Outcome(Verdict verdict, Reason reason, String detail, Conversion conversion) {

    Outcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    Outcome(Verdict verdict, Reason reason, String detail) {
        this(verdict, reason, detail, null);
    }

    static Outcome supported(Reason reason, String detail) {
        return new Outcome(Verdict.SUPPORTED, reason, detail.isEmpty() ? "supported" : "supported; " + detail);
    }

    static Outcome contradicted(Reason reason, String detail) {
        return new Outcome(Verdict.CONTRADICTED, reason,
                detail.isEmpty() ? "contradicted" : "contradicted: " + detail);
    }

    static Outcome unverifiable(Reason reason, String detail) {
        return new Outcome(Verdict.UNVERIFIABLE, reason, detail);
    }

    /** Contradicted because the figure is the reference's own number in another currency. */
    static Outcome wrongCurrency(String detail, Conversion conversion) {
        return new Outcome(Verdict.CONTRADICTED, Reason.WRONG_CURRENCY, "contradicted: wrong currency: " + detail,
                conversion);
    }

    /**
     * This contradiction as a conflict with a fact the claim is not firmly linked to ("possible conflict: would
     * be contradicted: wrong year"): the same reason, since the same thing disagrees.
     */
    Outcome possibleConflict() {
        return new Outcome(Verdict.POSSIBLE_CONFLICT, reason, "possible conflict: would be " + detail, conversion);
    }

    /** The same verdict and reason, resting on {@code used}. */
    Outcome convertedBy(Conversion used) {
        return new Outcome(verdict, reason, detail, used);
    }

    /** Another verdict and reason that keeps the conversion this outcome rested on, for the explanation. */
    Outcome replacedBy(Outcome other) {
        return new Outcome(other.verdict, other.reason, other.detail, conversion);
    }

    /** Whether the claim's figure is the reference's own number in another currency. */
    boolean wrongCurrency() {
        return reason == Reason.WRONG_CURRENCY;
    }

    boolean is(Verdict v) {
        return verdict == v;
    }
}
