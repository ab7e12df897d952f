package org.claimcheck.nlp;

/** A cache entry that cannot be trusted (damaged, truncated, stale format or foreign); it is rebuilt. */
final class CorruptEntryException extends Exception {

    private static final long serialVersionUID = 1L;

    CorruptEntryException(String message) {
        super(message);
    }
}
