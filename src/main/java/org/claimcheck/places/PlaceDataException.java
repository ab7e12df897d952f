package org.claimcheck.places;

/** The bundled place data is broken; the message says where, as {@code file:line:col: error: what}. */
public final class PlaceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    PlaceDataException(String message) {
        super(message);
    }

    PlaceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
