package org.claimcheck.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A piece of text in which every character remembers the offset of the source character it came from, so text
 * can be cut, cleaned and joined while staying traceable to its file.
 */
public final class MappedText implements CharSequence {

    private final String text;
    private final int[] sources;

    MappedText(String text, int[] sources) {
        if (text.length() != sources.length) {
            throw new IllegalArgumentException("one source offset per character is required");
        }
        this.text = text;
        this.sources = sources;
    }

    /** The characters {@code [start, end)} of {@code source}, each mapped to its own offset. */
    public static MappedText slice(String source, int start, int end) {
        Objects.checkFromToIndex(start, end, source.length());
        int[] offsets = new int[end - start];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new MappedText(source.substring(start, end), offsets);
    }

    public static MappedText empty() {
        return new MappedText("", new int[0]);
    }

    public int sourceOffset(int index) {
        return sources[index];
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public MappedText subSequence(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(sources, start, end));
    }

    /** This text without leading and trailing whitespace (Java's definition plus no-break spaces). */
    public MappedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Chars.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? this : subSequence(start, end);
    }

    public boolean isBlank() {
        return strip().length() == 0;
    }

    /** Compresses the per-character offsets into runs of contiguous copies. */
    public OffsetMap offsetMap() {
        int[] textStarts = new int[Math.max(1, sources.length)];
        int[] sourceStarts = new int[textStarts.length];
        int runs = 0;
        for (int i = 0; i < sources.length; i++) {
            if (i == 0 || sources[i] != sources[i - 1] + 1) {
                textStarts[runs] = i;
                sourceStarts[runs] = sources[i];
                runs++;
            }
        }
        if (runs == 0) {
            return new OffsetMap(new int[] {0}, new int[] {0}, 0);
        }
        return new OffsetMap(Arrays.copyOf(textStarts, runs), Arrays.copyOf(sourceStarts, runs), sources.length);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MappedText m && text.equals(m.text) && Arrays.equals(sources, m.sources);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(sources);
    }
}
