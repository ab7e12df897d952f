package org.claimcheck.statistics;

/** What the series say of a statistical claim; verification maps it onto its own verdicts. */
public enum Outcome {
    SUPPORTED,
    CONTRADICTED,
    UNVERIFIABLE
}
