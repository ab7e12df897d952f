package org.claimcheck.text;

import java.util.Arrays;

/**
 * Maps character offsets of one text to 1-based line and column. Lines end at {@code \n}, {@code \r\n} or a
 * lone {@code \r}; columns count UTF-16 code units, so they agree with Java's string offsets.
 */
public final class LineMap {

    private final int[] lineStarts;
    private final int length;

    private LineMap(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineMap of(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnds = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnds) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, count), text.length());
    }

    /** The position of {@code offset}; the offset just past the end is allowed (it names the end of the text). */
    public Position position(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + length);
        }
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset where 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }
}
