package org.claimcheck.verify.link;

import java.util.regex.Pattern;

/**
 * Whether two places in a sentence stand in the same clause: nothing between them that starts another one
 * (a comma, semicolon, colon, bracket, spaced dash, or "while", "whereas", "but", "although", "which", "when",
 * "before", "after"). A name in the value's own clause is a better link than a nearer one across a boundary:
 * in "Power of Siberia began operations in 2019, while Nord Stream 2 …" the 2019 is Power of Siberia's.
 */
final class Clauses {

    private static final Pattern BOUNDARY = Pattern.compile(
            "[,;:()\\[\\]]|\\s[\u2013\u2014-]\\s|\\b(?:while|whereas|but|although|though|which|when|before|after)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern QUALIFIER_AT_END = Pattern.compile("\\b(?:before|after)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Clauses() {
    }

    /** Where the clause that holds {@code offset} begins: just after the last boundary before it, or 0. */
    static int startBefore(String sentence, int offset) {
        java.util.regex.Matcher m = BOUNDARY.matcher(sentence).region(0, Math.max(0, Math.min(offset, sentence.length())));
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** Whether the text between {@code [start, end)} and {@code [from, to)} holds no clause boundary. */
    static boolean same(String sentence, int start, int end, int from, int to) {
        int gapStart = end <= from ? end : to;
        int gapEnd = end <= from ? from : start;
        if (gapEnd <= gapStart) {
            return true;
        }
        // "began operations before 2020": a "before" or "after" that qualifies the value ends no clause
        String gap = QUALIFIER_AT_END.matcher(sentence.substring(gapStart, gapEnd)).replaceFirst("");
        return !BOUNDARY.matcher(gap).find();
    }
}
