package org.claimcheck.eval;

import java.util.Arrays;
import java.util.Optional;

/** The four verdicts a fact-checker gives a whole claim in a verdict-labelled set (TSVer's labels). */
public enum VerdictLabel {
    SUPPORTED("Supported"),
    REFUTED("Refuted"),
    NOT_ENOUGH_EVIDENCE("Not Enough Evidence"),
    CONFLICTING("Cherry-Picking/Conflicting Evidence");

    private final String label;

    VerdictLabel(String label) {
        this.label = label;
    }

    /** The label as the files write it ("Not Enough Evidence"). */
    public String label() {
        return label;
    }

    /** Whether a verdict with this label decides the claim (supported or refuted). */
    public boolean decided() {
        return this == SUPPORTED || this == REFUTED;
    }

    public static Optional<VerdictLabel> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equalsIgnoreCase(text.strip())).findFirst();
    }
}
