package org.claimcheck.verify;

import java.util.Objects;

/**
 * The result of one comparison rule: a verdict and the short reason a reader sees ("wrong year"), and the
 * currency conversion the comparison rested on, if any (null when claim and reference share a unit).
 */
record Outcome(Verdict verdict, String detail, Conversion conversion) {

    Outcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
    }

    Outcome(Verdict verdict, String detail) {
        this(verdict, detail, null);
    }

    static Outcome supported(String detail) {
        return new Outcome(Verdict.SUPPORTED, detail.isEmpty() ? "supported" : "supported; " + detail);
    }

    static Outcome contradicted(String detail) {
        return new Outcome(Verdict.CONTRADICTED, detail.isEmpty() ? "contradicted" : "contradicted: " + detail);
    }

    static Outcome unverifiable(String detail) {
        return new Outcome(Verdict.UNVERIFIABLE, detail);
    }

    /** The same verdict and reason, resting on {@code used}. */
    Outcome convertedBy(Conversion used) {
        return new Outcome(verdict, detail, used);
    }

    boolean is(Verdict v) {
        return verdict == v;
    }
}
