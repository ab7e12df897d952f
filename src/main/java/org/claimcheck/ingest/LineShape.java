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

    private static final Pattern BULLET = Pattern.compile("[-*+\u2022\u00B7\u25AA\u25E6]\\s");

    /** Words a heading does not end with but a line broken mid-sentence often does. */
    private static final Set<String> CONNECTORS = Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "from", "by", "with", "as", "into", "than", "that", "which", "who", "whose",
            "its", "their", "his", "her", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "said", "between", "over", "under", "about", "after",
            "before", "since", "during", "per", "via", "this", "these", "those", "our", "not", "also", "while",
            "when", "where", "if", "some", "both", "each", "more", "less", "around", "nearly", "almost");

    /** Capitalised words that open sentences far more often than they continue them after a line break. */
    private static final Set<String> STARTERS = Set.of("The", "A", "An", "In", "On", "At", "After", "Before",
            "During", "Since", "For", "From", "By", "With", "Under", "Over", "As", "It", "Its", "This", "These",
            "That", "Those", "There", "They", "He", "She", "We", "His", "Her", "Their", "Our", "When", "While",
            "Although", "Though", "However", "But", "And", "Or", "Some", "Many", "Most", "All", "Both", "Each",
            "According", "Despite", "Following", "Between", "Among", "Several", "Other", "One", "Two", "Three",
            "Meanwhile", "Today", "Yesterday", "Last", "Next", "Later", "Earlier", "Also", "Such", "If", "Unlike",
            "Until", "Within", "Because", "Once", "Only", "Even", "Further", "Furthermore", "Moreover",
            "Nevertheless", "Nonetheless", "Instead", "Then", "Thus", "Therefore", "Here", "What", "Why", "How",
            "Who", "Where", "Which", "Analysts", "Officials", "Critics", "Experts");

    /** Words title case leaves in lowercase. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "into", "over", "per", "de", "la", "von");

    private static final String CLOSERS = "\"')]}\u201D\u2019\u00BB*";

    static final int MAX_HEADING_WORDS = 10;
    static final int MAX_HEADING_CHARS = 80;

    private LineShape() {
    }

    /** A line that begins a list item or an outline label, and so never continues the line before it. */
    static boolean startsWithLabel(CharSequence line) {
        return LABEL.matcher(line).find();
    }

    /** Ends with sentence punctuation ({@code . ! ? …}), allowing closing quotes and brackets after it. */
    static boolean endsSentence(CharSequence line) {
        return endsWithOneOf(line, ".!?\u2026");
    }

    /** Ends with sentence or clause punctuation ({@code . ! ? … : ;}): no heading ends so. */
    static boolean endsClause(CharSequence line) {
        return endsWithOneOf(line, ".!?\u2026:;");
    }

    private static boolean endsWithOneOf(CharSequence line, String marks) {
        int i = line.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && marks.indexOf(line.charAt(i)) >= 0;
    }

    /**
     * Begins the way only the middle of a sentence begins: a lowercase letter, trailing punctuation, an opening
     * parenthesis, a dash or a currency sign.
     */
    static boolean continuesSentence(CharSequence line) {
        if (line.length() == 0) {
            return false;
        }
        char c = line.charAt(0);
        return Character.isLowerCase(c) || ",;:)]}%(\u2013\u2014$\u20AC\u00A3\u00A5".indexOf(c) >= 0;
    }

    /**
     * The shape every heading has: short (at most {@value #MAX_HEADING_WORDS} words), no closing punctuation,
     * at most one comma, a capital or digit first, and no last word that needs a continuation ("of", "and").
     */
    static boolean hasHeadingShape(CharSequence line) {
        if (line.length() == 0 || line.length() > MAX_HEADING_CHARS || endsClause(line) || endsOpen(line)
                || commas(line) > 1) {
            return false;
        }
        char first = line.charAt(0);
        boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first)
                || Character.isTitleCase(first) || "\"'\u201C\u2018".indexOf(first) >= 0;
        return capitalStart && words(line) <= MAX_HEADING_WORDS;
    }

    /**
     * Every word is capitalised except minor words ("of", "the", "and") and there is no comma: "The Energy Axis",
     * "Counterbalancing Western Influence" (not "The SCO is a Eurasian", not "Egypt, Iran and the United").
     */
    static boolean isTitleCase(CharSequence line) {
        if (commas(line) > 0) {
            return false;
        }
        boolean any = false;
        for (String word : line.toString().split(" ")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(word.charAt(0))) {
                any = true;
            } else if (!MINOR_WORDS.contains(word)) {
                return false;
            }
        }
        return any;
    }

    /** Begins with a word that usually opens a sentence ("The", "In", "After", "It"), not a mid-sentence name. */
    static boolean startsNewSentence(CharSequence line) {
        String s = line.toString();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        String word = s.substring(0, end);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && STARTERS.contains(word);
    }

    /**
     * An outline label standing alone as a heading: "II. The Energy Axis", "1. Trade", "A. Origins". Bulleted
     * lines ("- ", "• ") are list items, not labels.
     */
    static boolean isOutlineLabel(CharSequence line) {
        return startsWithLabel(line) && !BULLET.matcher(line).lookingAt() && !endsClause(line) && !endsOpen(line)
                && words(line) <= 12;
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

    private static int commas(CharSequence line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                count++;
            }
        }
        return count;
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
