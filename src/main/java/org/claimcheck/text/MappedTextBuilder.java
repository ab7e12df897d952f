package org.claimcheck.text;

import java.util.Arrays;

/**
 * Builds a {@link MappedText} character by character; characters that do not exist in the source (a space
 * joining two lines, a line break between blocks) are mapped to the source offset just after the character
 * before them, so they point at the gap they stand for.
 */
public final class MappedTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private int[] sources = new int[64];

    public MappedTextBuilder append(char c, int sourceOffset) {
        if (text.length() == sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2);
        }
        sources[text.length()] = sourceOffset;
        text.append(c);
        return this;
    }

    /** Appends the characters {@code [start, end)} of {@code piece} with their own source offsets. */
    public MappedTextBuilder append(MappedText piece, int start, int end) {
        for (int i = start; i < end; i++) {
            append(piece.charAt(i), piece.sourceOffset(i));
        }
        return this;
    }

    public MappedTextBuilder append(MappedText piece) {
        return append(piece, 0, piece.length());
    }

    /** Appends a character that stands for a gap in the source, such as a joining space. */
    public MappedTextBuilder appendSeparator(char c, int fallbackSourceOffset) {
        int at = text.length() == 0 ? fallbackSourceOffset : sources[text.length() - 1] + 1;
        return append(c, at);
    }

    public int length() {
        return text.length();
    }

    public char charAt(int index) {
        return text.charAt(index);
    }

    public char lastChar() {
        return text.charAt(text.length() - 1);
    }

    /** Removes characters from the end, keeping the first {@code length}. */
    public void truncate(int length) {
        text.setLength(length);
    }

    public MappedText build() {
        return new MappedText(text.toString(), Arrays.copyOf(sources, text.length()));
    }
}
