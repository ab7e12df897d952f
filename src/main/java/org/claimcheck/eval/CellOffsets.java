package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.text.CsvCells;

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
            i = CsvCells.skipCell(text, i);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            } else {
                return starts;
            }
        }
    }
}
