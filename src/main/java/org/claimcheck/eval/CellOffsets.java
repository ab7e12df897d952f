package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures where each cell of an RFC 4180 record starts in the raw text (a quoted cell at its opening quote),
 * so that messages can name a cell's column. Commons CSV reads the values; this only measures them.
 */
final class CellOffsets {

    private CellOffsets() {
    }

    /** Offsets of the cells of the record that starts at {@code start}. */
    static List<Integer> of(String text, int start) {
        List<Integer> starts = new ArrayList<>();
        int i = start;
        while (true) {
            starts.add(i);
            i = skipCell(text, i);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else {
                return starts;
            }
        }
    }

    /** The offset just past the cell starting at {@code i}: a comma, a line break or the end of the text. */
    private static int skipCell(String text, int i) {
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
        }
        while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
