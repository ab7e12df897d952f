package org.claimcheck.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a single line looks like: a list item or label, a heading, the end of a sentence, a continuation. These
 * tests feed {@link Unwrapper}; each works on a cleaned line (single spaces, trimmed).
 */
final class LineShape {

    /**
     * A list marker or outline label followed by text: "- ", "* ", "• ", "1. ", "2) ", "(a) ", "A. ", "II. ",
     * "iv) ", or a dotted section number before a capital ("1.2 Trade"). Four-digit numbers are years, not labels.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[-*+\u2022\u00B7\u25AA\u25E6]"
                    + "|\\(?(?:\\d{1,3}|[A-Za-z]|[IVXLCDM]{1,6}|[ivxlcdm]{1,6})[.)]"
                    + "|\\d{1,3}(?:\\.\\d{1,3})+\\.?(?=\\s+\\p{Lu}))\\s+\\S");

    /** Words a heading does not end with but a line broken mid-sentence often does. */
    private static final Set<String> CONNECTORS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "as", "into", "than", "that", "which", "who", "whose",
            "its", "their", "his", "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "said", "between", "over", "under", "about", "after",
            "before", "since", "during", "per", "via", "this", "these", "those", "our", "not", "also", "while",
            "when", "where", "if", "some", "both", "each", "more", "less", "around", "nearly", "almost");

    private static final String CLOSERS = "\"')]}\u201D\u2019\u00BB*";

    static final int MAX_HEADING_WORDS = 10;
    static final int MAX_HEADING_CHARS = 80;

    private LineShape() {
    }

    /** A line that begins a list item or an outline label, and so never continues the line before it. */
    static boolean startsWithLabel(CharSequence line) {
        return LABEL.matcher(line).find();
    }

    /** Ends with sentence or clause punctuation ({@code . ! ? … : ;}), allowing closing quotes and brackets. */
    static boolean endsSentence(CharSequence line) {
        int i = line.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?\u2026:;".indexOf(line.charAt(i)) >= 0;
    }

    /** Begins the way only the middle of a sentence begins: a lowercase letter or trailing punctuation. */
    static boolean continuesSentence(CharSequence line) {
        if (line.length() == 0) {
            return false;
        }
        char c = line.charAt(0);
        return Character.isLowerCase(c) || ",;:)]}%".indexOf(c) >= 0;
    }

    /**
     * Short, without closing punctuation, starting with a capital or a digit, and not ending on a word that
     * needs a continuation: "Origins", "History of formation", "Vostok 2018".
     */
    static boolean looksLikeHeading(CharSequence line) {
        if (line.length() == 0 || line.length() > MAX_HEADING_CHARS || endsSentence(line) || endsOpen(line)) {
            return false;
        }
        char first = line.charAt(0);
        boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first)
                || Character.isTitleCase(first) || "\"'\u201C\u2018(".indexOf(first) >= 0;
        return capitalStart && words(line) <= MAX_HEADING_WORDS;
    }

    /** An outline label standing alone as a heading: "II. The Energy Axis", "1. Trade", "A. Origins". */
    static boolean isLabelHeading(CharSequence line) {
        return startsWithLabel(line) && !endsSentence(line) && !endsOpen(line) && words(line) <= 12;
    }

    /** Ends on a comma, dash or connector word, so the line is unfinished. */
    static boolean endsOpen(CharSequence line) {
        if (line.length() == 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (",-\u2013\u2014&/(".indexOf(last) >= 0) {
            return true;
        }
        String s = line.toString();
        String lastWord = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return CONNECTORS.contains(lastWord);
    }

    static int words(CharSequence line) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = line.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    static int firstWordLength(CharSequence line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != ' ') {
            i++;
        }
        return i;
    }
}
