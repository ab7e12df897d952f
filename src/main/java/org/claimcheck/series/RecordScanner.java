package org.claimcheck.series;

import java.util.Arrays;
import org.claimcheck.text.CsvCells;

/**
 * Walks the records of an RFC 4180 text, noting where each cell starts and ends instead of copying it: a wide
 * series file is mostly numbers that {@link Decimals} reads in place. Blank lines are skipped. Quoted cells
 * (rare in data files, usual in headers) are unescaped on request by {@link #cellText}.
 */
final class RecordScanner {

    /** Where the text stops being RFC 4180. */
    static final class MalformedException extends Exception {

        private static final long serialVersionUID = 1L;
        private final int offset;

        MalformedException(int offset, String reason) {
            super(reason);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private final String text;
    private int pos;
    private int recordStart;
    private int count;
    private int[] starts = new int[64];
    private int[] ends = new int[64];

    RecordScanner(String text) {
        this.text = text;
    }

    /** Moves to the next record; false at the end of the text. */
    boolean next() throws MalformedException {
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
            pos++;
        }
        if (pos >= text.length()) {
            return false;
        }
        recordStart = pos;
        count = 0;
        while (true) {
            int start = pos;
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos = closingQuote(pos) + 1;
                if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                    throw new MalformedException(pos, "text after a closing quote: expected a comma or the end of"
                            + " the line");
                }
            } else {
                while (pos < text.length()) {
                    char c = text.charAt(pos);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    pos++;
                }
            }
            add(start, pos);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            return true;
        }
    }

    private int closingQuote(int open) throws MalformedException {
        int close = CsvCells.closingQuote(text, open);
        if (close < 0) {
            throw new MalformedException(open, "quoted cell never closed: expected a closing \"");
        }
        return close;
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count++] = end;
    }

    int recordStart() {
        return recordStart;
    }

    int cellCount() {
        return count;
    }

    int cellStart(int index) {
        return starts[index];
    }

    boolean isEmpty(int index) {
        return starts[index] == ends[index];
    }

    boolean isQuoted(int index) {
        return ends[index] > starts[index] && text.charAt(starts[index]) == '"';
    }

    /** The cell's value: unquoted and unescaped, surrounding spaces kept. */
    String cellText(int index) {
        String raw = text.substring(starts[index], ends[index]);
        return isQuoted(index) ? raw.substring(1, raw.length() - 1).replace("\"\"", "\"") : raw;
    }

    /** The number the cell writes, NaN when empty or not a plain decimal; surrounding spaces are allowed. */
    double number(int index) {
        if (isQuoted(index)) {
            return Numbers.parse(cellText(index).strip());
        }
        int from = starts[index];
        int to = ends[index];
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        return from == to ? Double.NaN : Decimals.parse(text, from, to);
    }
}
