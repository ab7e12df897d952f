package org.claimcheck.verify;

import java.util.Objects;

/**
 * The result of one comparison rule: a verdict and the short reason a reader sees ("wrong year"), the currency
 * conversion the comparison rested on (null when claim and reference share a unit), and whether the claim is a
 * wrong currency: its number is the reference's own figure, written in another currency.
 */
record Outcome(Verdict verdict, String detail, Conversion conversion, boolean wrongCurrency) {

    Outcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
    }

    Outcome(Verdict verdict, String detail) {
        this(verdict, detail, null, false);
    }

    static Outcome supported(String detail) {
        return new Outcome(Verdict.SUPPORTED, detail.isEmpty() ? "supported" : "supported; " + detail);
    }

    static Outcome contradicted(String detail) {
        return new Outcome(Verdict.CONTRADICTED, detail.isEmpty() ? "contradicted" : "contradicted: " + detail);
    }

    /** A conflict with a fact the claim is not firmly linked to: "would be contradicted: wrong year". */
    static Outcome possibleConflict(String contradictedDetail, boolean wrongCurrency) {
        return new Outcome(Verdict.POSSIBLE_CONFLICT, "possible conflict: would be " + contradictedDetail, null,
                wrongCurrency);
    }

    static Outcome unverifiable(String detail) {
        return new Outcome(Verdict.UNVERIFIABLE, detail);
    }

    /** Contradicted because the figure is the reference's own number in another currency. */
    static Outcome wrongCurrency(String detail, Conversion conversion) {
        return new Outcome(Verdict.CONTRADICTED, "contradicted: wrong currency: " + detail, conversion, true);
    }

    /** The same verdict and reason, resting on {@code used}. */
    Outcome convertedBy(Conversion used) {
        return new Outcome(verdict, detail, used, wrongCurrency);
    }

    /** Another verdict and reason that keeps the conversion this outcome rested on, for the explanation. */
    Outcome replacedBy(Outcome other) {
        return new Outcome(other.verdict, other.detail, conversion, other.wrongCurrency);
    }

    boolean is(Verdict v) {
        return verdict == v;
    }
}
