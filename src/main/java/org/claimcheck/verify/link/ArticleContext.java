package org.claimcheck.verify.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader has just read before a sentence: the sentence's own paragraph up to the sentence, and
 * the two sentences before it even when they belong to an earlier paragraph. "The two countries" can only
 * refer to parties named there.
 */
public final class ArticleContext {

    /** A sentence ends at . ! or ? (perhaps with a closing quote or bracket) and white space, or at a line end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201d)\\]]*\\s+|\\R+");

    private static final int WINDOW = 4000;

    private ArticleContext() {
    }

    /** The context before the sentence starting at {@code sentenceStart} in {@code text}. */
    public static String before(String text, int sentenceStart) {
        int end = Math.min(Math.max(sentenceStart, 0), text.length());
        int paragraphStart = lineStart(text, end);
        // Two sentences lie well within the last few thousand characters; scanning only those keeps a long
        // article linear instead of quadratic.
        int windowStart = Math.max(0, end - WINDOW);
        String window = text.substring(windowStart, end);
        int twoSentencesBack = windowStart + startOfSentencesBack(window.stripTrailing(), 2);
        return text.substring(contextStart(paragraphStart, twoSentencesBack, end), end);
    }

    /**
     * Where the context begins: the paragraph's start or two sentences back, whichever is earlier, but never
     * more than {@value #WINDOW} characters back; a paragraph of 300 KB (a scraped page with no line breaks)
     * must not make every claim rescan all of it. What lies farther back in such a paragraph is earlier text.
     */
    private static int contextStart(int paragraphStart, int twoSentencesBack, int end) {
        return Math.max(Math.min(paragraphStart, twoSentencesBack), Math.min(twoSentencesBack, end - WINDOW));
    }

    /**
     * Farther text a subject may still be named in: the article before the sentence's own paragraph, up to
     * {@value #EARLIER_WINDOW} characters back. "One trade magazine dated the opening to 8 November 2012" may
     * follow a paragraph that named the pipeline; "the spur" may refer to a pipeline named three paragraphs up.
     * Subjects found here are ranked most recent first and never make a firm link. {@code context} is what
     * {@link #before} gave for the same sentence, passed in so it is not worked out twice.
     */
    public static EarlierText earlierParagraphs(String text, int sentenceStart, String context) {
        int end = Math.min(Math.max(sentenceStart, 0), text.length());
        int contextStart = end - context.length();
        int paragraphStart = lineStart(text, end);
        int earlierEnd = Math.max(paragraphStart, contextStart); // past the paragraph start only in a long one
        int windowStart = Math.max(0, earlierEnd - EARLIER_WINDOW);
        return new EarlierText(text, windowStart, earlierEnd);
    }

    private static final int EARLIER_WINDOW = 20_000;

    /**
     * Where the line (paragraph) holding {@code end} starts, looking back no farther than {@value #WINDOW}
     * characters: in a longer paragraph the answer is the window's start, which is all the context uses, and a
     * 3 MB line is not searched back to its beginning for every claim.
     */
    private static int lineStart(String text, int end) {
        int limit = Math.max(0, end - WINDOW);
        for (int i = end - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i + 1;
            }
        }
        return limit;
    }

    private static int startOfSentencesBack(String preceding, int count) {
        int[] ends = new int[count];
        int found = 0;
        Matcher m = SENTENCE_END.matcher(preceding);
        // keep the end offsets of the last `count` sentence boundaries
        while (m.find()) {
            ends[found % count] = m.end();
            found++;
        }
        if (found < count) {
            return 0;
        }
        return ends[found % count];
    }
}
