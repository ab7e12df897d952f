package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Turns the extracted lines of one article, whatever its format, into the article text: one paragraph,
 * heading or list item per line, boilerplate lines removed, every character still mapped to its source.
 * Joined lines are separated by a space and output lines by {@code \n}; both map to the gap they replace.
 */
final class Layout {

    private Layout() {
    }

    static MappedText arrange(List<SourceLine> lines) {
        List<SourceLine> clean = new ArrayList<>();
        for (SourceLine line : lines) {
            MappedText text = LineCleaner.clean(line.text());
            clean.add(text.length() == 0 || line.kind() == LineKind.BREAK ? SourceLine.BREAK
                    : new SourceLine(line.kind(), text));
        }
        Unwrapper unwrapper = Unwrapper.detect(clean);
        MappedTextBuilder out = new MappedTextBuilder();
        MappedText open = null;
        boolean openStartsLine = false;
        boolean afterBareLinkLabel = false;
        for (int i = 0; i < clean.size(); i++) {
            SourceLine line = clean.get(i);
            if (line.kind() == LineKind.BREAK) {
                open = null;
                afterBareLinkLabel = false;
                continue;
            }
            MappedText text = line.text();
            boolean headlineOfLabel = afterBareLinkLabel && Boilerplate.looksLikeHeadline(text);
            afterBareLinkLabel = false;
            if (headlineOfLabel || Boilerplate.isBoilerplate(text)) {
                afterBareLinkLabel = !headlineOfLabel && Boilerplate.isBareLinkLabel(text);
                open = null;
                continue;
            }
            boolean joined = open != null && line.kind() == LineKind.PLAIN
                    && unwrapper.joins(open, text, nextPlain(clean, i), openStartsLine);
            if (joined) {
                out.appendSeparator(' ', text.sourceOffset(0));
            } else if (out.length() > 0) {
                out.appendSeparator('\n', text.sourceOffset(0));
            }
            openStartsLine = !joined;
            out.append(text);
            boolean standsAlone = line.kind() == LineKind.HEADING || line.kind() == LineKind.BLOCK;
            open = standsAlone ? null : text;
        }
        return out.build();
    }

    /** The plain line right after index {@code i}, or null when a break, another kind or the end follows. */
    private static MappedText nextPlain(List<SourceLine> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i + 1).kind() != LineKind.PLAIN) {
            return null;
        }
        MappedText next = lines.get(i + 1).text();
        return Boilerplate.isBoilerplate(next) ? null : next;
    }
}
