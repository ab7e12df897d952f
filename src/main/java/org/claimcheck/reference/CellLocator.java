package org.claimcheck.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.text.CsvCells;

/**
 * Finds where each cell of a CSV record starts in the raw text, following RFC 4180 (a quoted cell starts at its
 * quote), so messages can name the column of a cell. Commons CSV reads the values; this only measures them, and
 * locates malformed quoting that Commons CSV rejects without a usable position.
 */
final class CellLocator {

    /** Where the text stops being RFC 4180, and why. */
    record Malformation(int offset, String reason) {
    }

    private CellLocator() {
    }

    /** Offsets of the cells of the record that starts at {@code start} (blank lines before it are skipped). */
    static List<Integer> cellStarts(String text, int start) {
        List<Integer> starts = new ArrayList<>();
        int i = start;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        while (true) {
            starts.add(i);
            i = skipCell(text, i);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
                continue;
            }
            return starts;
        }
    }

    /** The first place where the text breaks RFC 4180 quoting, if any. */
    static Optional<Malformation> findMalformation(String text) {
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                int close = CsvCells.closingQuote(text, i);
                if (close < 0) {
                    return Optional.of(new Malformation(i, "quoted cell never closed: expected a closing \""));
                }
                i = close + 1;
                if (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    return Optional.of(new Malformation(i,
                            "text after a closing quote: expected a comma or the end of the line after \""));
                }
            } else {
                // A quote inside an unquoted cell is plain text to Commons CSV, so it is not an error here either.
                while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
            }
            if (i < text.length()) {
                i++;
            }
        }
        return Optional.empty();
    }

    /** The offset just past the cell starting at {@code i}: a comma, a line break or the end of the text. */
    private static int skipCell(String text, int i) {
        if (i < text.length() && text.charAt(i) == '"') {
            int close = CsvCells.closingQuote(text, i);
            i = close < 0 ? text.length() : close + 1;
        }
        while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
