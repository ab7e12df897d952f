package org.claimcheck.ingest;

import java.util.List;
import java.util.OptionalInt;
import org.claimcheck.text.MappedText;

/**
 * Decides whether a plain line continues the line before it, so hard-wrapped paragraphs become one line while
 * headings and labels stay on lines of their own (CoreNLP runs with one sentence break per newline, so a heading
 * glued to the next sentence would become part of it).
 *
 * <p>The heuristic, for two adjacent non-blank lines A and B with no blank line between:
 * <ol>
 *   <li>B starting with a list marker or outline label ("- ", "1. ", "A. ", "II. ") starts a new line.</li>
 *   <li>A not ending a sentence and B starting in lowercase (or with "," ";" ")" "%") is one sentence: join.</li>
 *   <li>In a hard-wrapped document (see {@link #detect}), A is <em>full</em> when B's first word would not have
 *       fitted on it within the wrap width; a greedy wrapper broke there, so join (unless A is a label).</li>
 *   <li>A that is a label ("1. Trade") or looks like a heading (short, no closing punctuation, capital start,
 *       no trailing connector such as "of" or ",") stands alone: the break was deliberate.</li>
 *   <li>Otherwise join exactly when A does not end a sentence: a paragraph per line keeps its lines, a line
 *       broken mid-sentence is mended.</li>
 * </ol>
 * A document counts as hard-wrapped when it has at least two lines followed by another plain line, few lines
 * longer than {@value #MAX_WRAP} characters, a widest line (up to that limit) of at least {@value #MIN_WRAP},
 * and at least half of the lines followed by another plain line within {@value #NEAR_WIDTH} characters of it.
 */
final class Unwrapper {

    static final int MAX_WRAP = 100;
    static final int MIN_WRAP = 40;
    static final int NEAR_WIDTH = 15;

    private final OptionalInt wrapWidth;

    private Unwrapper(OptionalInt wrapWidth) {
        this.wrapWidth = wrapWidth;
    }

    /** Learns the wrap width, if any, from the cleaned plain lines of one article. */
    static Unwrapper detect(List<SourceLine> lines) {
        int plain = 0;
        int longLines = 0;
        int width = 0;
        for (SourceLine line : lines) {
            if (line.kind() == LineKind.PLAIN || line.kind() == LineKind.ITEM) {
                int length = line.text().length();
                plain++;
                if (length > MAX_WRAP) {
                    longLines++;
                } else {
                    width = Math.max(width, length);
                }
            }
        }
        if (plain == 0 || longLines * 10 > plain || width < MIN_WRAP) {
            return new Unwrapper(OptionalInt.empty());
        }
        int inner = 0;
        int near = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            SourceLine line = lines.get(i);
            boolean textLine = line.kind() == LineKind.PLAIN || line.kind() == LineKind.ITEM;
            if (textLine && lines.get(i + 1).kind() == LineKind.PLAIN) {
                inner++;
                if (line.text().length() >= width - NEAR_WIDTH) {
                    near++;
                }
            }
        }
        boolean wrapped = inner >= 2 && near * 2 >= inner;
        return new Unwrapper(wrapped ? OptionalInt.of(width) : OptionalInt.empty());
    }

    OptionalInt wrapWidth() {
        return wrapWidth;
    }

    /** Whether plain line {@code b} continues line {@code a} (both cleaned, both non-blank). */
    boolean joins(MappedText a, MappedText b) {
        if (LineShape.startsWithLabel(b)) {
            return false;
        }
        if (!LineShape.endsSentence(a) && LineShape.continuesSentence(b)) {
            return true;
        }
        boolean label = LineShape.isLabelHeading(a);
        if (isFull(a, b) && !label) {
            return true;
        }
        if (label || LineShape.looksLikeHeading(a)) {
            return false;
        }
        return !LineShape.endsSentence(a);
    }

    private boolean isFull(MappedText a, MappedText b) {
        return wrapWidth.isPresent() && a.length() + 1 + LineShape.firstWordLength(b) > wrapWidth.getAsInt();
    }
}
