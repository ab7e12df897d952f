package org.claimcheck.text;

import java.util.Arrays;

/**
 * Maps offsets of an extracted text back to offsets of the source it came from, stored as runs of characters
 * that were copied contiguously. Every offset from 0 to the text length (inclusive, naming the end) maps to a
 * source offset.
 */
public final class OffsetMap {

    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int length;

    OffsetMap(int[] textStarts, int[] sourceStarts, int length) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.length = length;
    }

    /** The identity map of a text copied unchanged from its source. */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, length);
    }

    public int length() {
        return length;
    }

    /** The run count, for tests and diagnostics: fewer runs mean fewer edits between source and text. */
    public int runCount() {
        return textStarts.length;
    }

    /**
     * The source offset of the character at {@code textOffset}; the text length maps to just past the last
     * character's source.
     */
    public int sourceOffset(int textOffset) {
        if (textOffset < 0 || textOffset > length) {
            throw new IndexOutOfBoundsException("offset " + textOffset + " outside text of length " + length);
        }
        if (length == 0) {
            return sourceStarts.length == 0 ? 0 : sourceStarts[0];
        }
        if (textOffset == length) {
            return sourceOffset(length - 1) + 1;
        }
        int run = Arrays.binarySearch(textStarts, textOffset);
        if (run < 0) {
            run = -run - 2;
        }
        return sourceStarts[run] + (textOffset - textStarts[run]);
    }
}
