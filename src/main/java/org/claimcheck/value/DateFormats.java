package org.claimcheck.value;

/** Canonical and display text for dates. */
final class DateFormats {

    private DateFormats() {
    }

    static String canonical(DateValue date) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    static String display(DateValue date) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
