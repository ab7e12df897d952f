package org.claimcheck.verify.words;

/** One normalized word of a text and the half-open character range {@code [start, end)} it came from. */
public record Word(String text, int start, int end) {
}
