package org.claimcheck.extract;

/** What sort of value a claim states. */
public enum ClaimKind {
    DATE,
    MONEY,
    PERCENT,
    QUANTITY,
    NUMBER
}
