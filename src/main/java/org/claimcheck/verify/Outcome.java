package org.claimcheck.verify;

import java.util.Objects;

/** The result of one comparison rule: a verdict and the short reason a reader sees ("wrong year"). */
record Outcome(Verdict verdict, String detail) {

    Outcome {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
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

    boolean is(Verdict v) {
        return verdict == v;
    }
}
