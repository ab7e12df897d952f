package org.claimcheck.text;

import java.util.ArrayList;
import java.util.List;

/** Character classes shared by text cleaning: what counts as a space and what is invisible formatting. */
public final class Chars {

    private Chars() {
    }

    /** Whitespace by Java's rules plus the no-break spaces Java leaves out (U+00A0, U+2007, U+202F). */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Characters with no visible width that only split words for tokenizers: soft hyphen, zero-width space and
     * joiners, a stray byte-order mark.
     */
    public static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /** Splits {@code text} into line ranges (without terminators) the way {@link LineMap} counts lines. */
    public static List<Span> lines(CharSequence text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Span(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new Span(start, text.length()));
        return lines;
    }
}
