package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.text.Chars;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.Span;

/**
 * Reads a plain-text article. The title is the first line when it looks like a heading (no closing period).
 *
 * <p>A file may start with a header block: consecutive {@code Title:}, {@code Date:}, {@code URL:} or
 * {@code Test:} lines (any case) ended by a blank line. The block is metadata, not text, and its values are
 * checked like Markdown front matter. Without the blank line the lines are ordinary text.
 */
final class TextReader {

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z]+)[ \\t]*:[ \\t]*(.*)$");
    private static final int MAX_TITLE_CHARS = 150;

    private TextReader() {
    }

    static ReadResult read(SourceText source) {
        String text = source.text();
        List<Span> lines = Chars.lines(text);
        MetaFields meta = new MetaFields(source.path());
        int first = readHeader(source, lines, meta);
        List<SourceLine> body = new ArrayList<>();
        for (Span line : lines.subList(first, lines.size())) {
            MappedText content = MappedText.slice(text, line.start(), line.end());
            body.add(content.isBlank() ? SourceLine.BREAK : new SourceLine(LineKind.PLAIN, content));
        }
        MappedText laidOut = Layout.arrange(body);
        return Articles.single(source, meta.toMeta(titleFrom(laidOut)), laidOut, meta.problems());
    }

    /** Reads the header block if there is one and returns the index of the first body line. */
    private static int readHeader(SourceText source, List<Span> lines, MetaFields meta) {
        int end = 0;
        while (end < lines.size()) {
            Matcher m = HEADER_LINE.matcher(lines.get(end).of(source.text()));
            if (!m.matches() || !MetaFields.isKnownKey(m.group(1))) {
                break;
            }
            end++;
        }
        boolean endsWithBlank = end == lines.size() || lines.get(end).of(source.text()).isBlank();
        if (end == 0 || !endsWithBlank) {
            return 0;
        }
        for (Span line : lines.subList(0, end)) {
            Matcher m = HEADER_LINE.matcher(line.of(source.text()));
            if (m.matches()) {
                meta.accept(m.group(1), m.group(2), source.position(line.start() + m.start(2)));
            }
        }
        return end;
    }

    private static String titleFrom(MappedText laidOut) {
        String first = Articles.firstLine(laidOut);
        boolean heading = !first.isEmpty() && first.length() <= MAX_TITLE_CHARS
                && ".!?".indexOf(first.charAt(first.length() - 1)) < 0;
        return heading ? first : null;
    }
}
