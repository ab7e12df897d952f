package org.claimcheck.value;

/** A value text that does not follow the grammar; {@link #index()} is the 0-based character where it fails. */
public final class ValueFormatException extends IllegalArgumentException {

    private final int index;

    public ValueFormatException(String message, int index) {
        super(message);
        this.index = index;
    }

    public int index() {
        return index;
    }
}
