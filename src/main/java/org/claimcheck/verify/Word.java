package org.claimcheck.verify;

/** One normalized word of a text and the half-open character range {@code [start, end)} it came from. */
record Word(String text, int start, int end) {
}
