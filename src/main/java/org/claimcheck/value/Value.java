package org.claimcheck.value;

/**
 * A normalized value, the one model shared by claims in articles and facts in reference tables. Every value
 * has a canonical text form that {@link ValueGrammar#parse} reads back to an equal value.
 */
public sealed interface Value permits DateValue, Amount, Unresolved {

    /** The canonical text form: stable, locale-free, and parseable by {@link ValueGrammar#parse}. */
    String canonical();

    /** A short human-readable form for reports ("2 December 2019", "$146.9 billion"). */
    String display();
}
