package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.claimcheck.text.MappedText;

/**
 * Decides whether a plain line continues the line before it, so hard-wrapped paragraphs become one line while
 * headings and labels stay on lines of their own (CoreNLP runs with one sentence break per newline, so a heading
 * glued to the next sentence would become part of it).
 *
 * <p>The heuristic, for two adjacent non-blank lines A and B with no blank line between (rules in order):
 * <ol>
 *   <li>B starting with a list marker or outline label ("- ", "1. ", "A. ", "II. ") starts a new line.</li>
 *   <li>A not ending a sentence and B starting in lowercase (or with "," ";" ")" "(" "%", a dash or a currency
 *       sign) are one sentence: join.</li>
 *   <li>After A ending a sentence, B that looks like a heading (rules 4 and 6, judged against the line after
 *       B, or heading-shaped and last in its paragraph) stands alone.</li>
 *   <li>A that began its output line and is an outline label ("1. Trade", "II. The Energy Axis"; bulleted items
 *       are not labels and may wrap) or clearly a heading stands alone. Heading shape: at most ten words, no
 *       closing punctuation (not even ":"), at most one comma, a capital first, no trailing connector ("of",
 *       "and", ","). Clearly a heading: that shape and very short (four words or fewer), in title case, or
 *       followed by a sentence opener ("The", "In", "After"). A line that continues a paragraph is never a
 *       heading.</li>
 *   <li>In a hard-wrapped document (see {@link #detect}), A is <em>full</em> when B's first word would not have
 *       fitted on it within the wrap width; a greedy wrapper broke there, so join.</li>
 *   <li>A heading-shaped A that began its line also stands alone outside wrapped text, or in wrapped text when
 *       it is shorter than 80 % of the wrap width even with B's first word added (wrappers that balance line
 *       lengths, like GNU fmt, do not break that early).</li>
 *   <li>A ending a sentence (". ! ?") ends its line: a paragraph per line stays so. Otherwise the line was
 *       broken mid-sentence and is mended, except when, outside wrapped text, B opens a new sentence.</li>
 * </ol>
 * A document counts as hard-wrapped when at most a tenth of its lines are longer than {@value #MAX_WRAP}
 * characters and, among the lines followed by another plain line, the wrap width (the 90th percentile of their
 * lengths, robust to a long unbreakable URL) is at least {@value #MIN_WRAP} and at least two of them, and a
 * third at least, come within {@value #NEAR_WIDTH} characters of it (headings and last lines of paragraphs are
 * the short rest).
 */
final class Unwrapper {

    static final int MAX_WRAP = 100;
    static final int MIN_WRAP = 40;
    static final int NEAR_WIDTH = 15;
    static final double WIDTH_PERCENTILE = 0.9;
    static final int SHORT_HEADING_WORDS = 4;
    static final double SHORT_LINE_RATIO = 0.8;

    private final OptionalInt wrapWidth;

    private Unwrapper(OptionalInt wrapWidth) {
        this.wrapWidth = wrapWidth;
    }

    /** Learns the wrap width, if any, from the cleaned lines of one article. */
    static Unwrapper detect(List<SourceLine> lines) {
        int textLines = 0;
        int longLines = 0;
        List<Integer> inner = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.kind() != LineKind.PLAIN && line.kind() != LineKind.ITEM) {
                continue;
            }
            int length = line.text().length();
            textLines++;
            if (length > MAX_WRAP) {
                longLines++;
            } else if (i + 1 < lines.size() && lines.get(i + 1).kind() == LineKind.PLAIN) {
                inner.add(length);
            }
        }
        if (longLines * 10 > textLines || inner.size() < 2) {
            return new Unwrapper(OptionalInt.empty());
        }
        Collections.sort(inner);
        int width = inner.get((int) Math.ceil(inner.size() * WIDTH_PERCENTILE) - 1);
        long near = inner.stream().filter(length -> length >= width - NEAR_WIDTH).count();
        boolean wrapped = width >= MIN_WRAP && near >= 2 && near * 3 >= inner.size();
        return new Unwrapper(wrapped ? OptionalInt.of(width) : OptionalInt.empty());
    }

    OptionalInt wrapWidth() {
        return wrapWidth;
    }

    /**
     * Whether plain line {@code b} continues line {@code a} (all cleaned and non-blank); {@code c} is the plain
     * line after {@code b}, or null when a break or other block follows; {@code aStartsLine} says whether
     * {@code a} began its output line (only such a line can be a heading).
     */
    boolean joins(MappedText a, MappedText b, MappedText c, boolean aStartsLine) {
        if (LineShape.startsWithLabel(b)) {
            return false;
        }
        if (!LineShape.endsSentence(a) && LineShape.continuesSentence(b)) {
            return true;
        }
        if (LineShape.endsSentence(a) && standsAlone(b, c)) {
            return false;
        }
        if (aStartsLine && (LineShape.isOutlineLabel(a) || clearlyHeading(a, b))) {
            return false;
        }
        if (isFull(a, b)) {
            return true;
        }
        if (aStartsLine && looksLikeHeading(a, b)) {
            return false;
        }
        if (LineShape.endsSentence(a)) {
            return false;
        }
        return wrapWidth.isPresent() || LineShape.endsOpen(a) || !LineShape.startsNewSentence(b);
    }

    /** A heading-shaped line that ends its paragraph or looks like a heading to the line after it. */
    private boolean standsAlone(MappedText b, MappedText c) {
        if (c == null) {
            return LineShape.hasHeadingShape(b);
        }
        return LineShape.startsWithLabel(c) ? LineShape.hasHeadingShape(b) : looksLikeHeading(b, c);
    }

    /** A heading-shaped line that is very short, in title case, or followed by a sentence opener. */
    private static boolean clearlyHeading(MappedText a, MappedText b) {
        return LineShape.hasHeadingShape(a) && (LineShape.words(a) <= SHORT_HEADING_WORDS
                || LineShape.isTitleCase(a) || LineShape.startsNewSentence(b));
    }

    /**
     * A clear heading, or a heading-shaped line that in wrapped text is shorter than 80 % of the wrap width even
     * with the next line's first word added.
     */
    private boolean looksLikeHeading(MappedText a, MappedText b) {
        if (clearlyHeading(a, b)) {
            return true;
        }
        return LineShape.hasHeadingShape(a) && (wrapWidth.isEmpty()
                || a.length() + 1 + LineShape.firstWordLength(b) < wrapWidth.getAsInt() * SHORT_LINE_RATIO);
    }

    private boolean isFull(MappedText a, MappedText b) {
        return wrapWidth.isPresent() && a.length() + 1 + LineShape.firstWordLength(b) > wrapWidth.getAsInt();
    }
}
