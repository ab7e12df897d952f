package org.claimcheck.text;

/**
 * Where cells of RFC 4180 CSV text begin and end, for pointing a problem at its line and column after a
 * parser has read the same text: quoted cells may hold commas, line breaks and doubled quotes.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The offset just past the cell starting at {@code i}: a comma, a line break or the end of the text. */
    public static int skipCell(String text, int i) {
        if (i < text.length() && text.charAt(i) == '"') {
            int close = closingQuote(text, i);
            i = close < 0 ? text.length() : close + 1;
        }
        while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** The quote that closes the quoted cell opening at {@code open}, skipping doubled quotes; -1 if none. */
    public static int closingQuote(String text, int open) {
        int i = open + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }
}
