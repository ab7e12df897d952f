package org.claimcheck.report;

import org.claimcheck.verify.Verdict;

/**
 * How the HTML report shows each verdict: a symbol and a word as well as a colour, so it reads in greyscale
 * and to screen readers. The style sheet keys on the same labels.
 */
enum VerdictStyle {
    CONTRADICTED(Verdict.CONTRADICTED, "\u2717", "Contradicted"),
    POSSIBLE_CONFLICT(Verdict.POSSIBLE_CONFLICT, "\u26a0", "Possible conflict"),
    AMBIGUOUS(Verdict.AMBIGUOUS, "\u21c4", "Ambiguous"),
    UNVERIFIABLE(Verdict.UNVERIFIABLE, "?", "Unverifiable"),
    SUPPORTED(Verdict.SUPPORTED, "\u2713", "Supported");

    final Verdict verdict;
    final String symbol;
    final String title;

    VerdictStyle(Verdict verdict, String symbol, String title) {
        this.verdict = verdict;
        this.symbol = symbol;
        this.title = title;
    }

    static VerdictStyle of(Verdict verdict) {
        return valueOf(verdict.name());
    }

    String label() {
        return verdict.label();
    }

    /** Flagged claims are the ones an editor must look at: contradicted, possible conflicts and ambiguous. */
    boolean flagged() {
        return verdict.flagged();
    }
}
