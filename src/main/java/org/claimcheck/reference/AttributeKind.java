package org.claimcheck.reference;

/** An attribute is an event (has a date: signed, founded) or a measure (has an amount: trade, length). */
public enum AttributeKind {
    EVENT,
    MEASURE
}
