package org.claimcheck.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Chars;
import org.claimcheck.text.Span;

/**
 * Reads the front matter of a Markdown file: {@code key: value} lines between a first line {@code ---} and a
 * closing {@code ---} (or {@code ...}). Blank lines, {@code #} comments, indented lines and {@code - item} lines
 * under a key without a value (nested YAML) are allowed and skipped; anything else is a problem, and the other
 * fields are still read. Front matter that is never closed is taken to end at its first blank line.
 */
final class FrontMatter {

    private static final Pattern FIELD = Pattern.compile("^([A-Za-z_][\\w.-]*)[ \\t]*:(?:[ \\t]+(.*)|[ \\t]*)$");

    /** The fields read, and the source offset where the Markdown body starts (0 without front matter). */
    record Parsed(MetaFields fields, int bodyStart) {
    }

    private FrontMatter() {
    }

    static Parsed parse(SourceText source) {
        String text = source.text();
        MetaFields fields = new MetaFields(source.path());
        List<Span> lines = Chars.lines(text);
        if (!isFence(lines.get(0).of(text), false)) {
            return new Parsed(fields, 0);
        }
        int close = 1;
        while (close < lines.size() && !isFence(lines.get(close).of(text), true)) {
            close++;
        }
        boolean closed = close < lines.size();
        if (!closed) {
            // Most often the closing line was forgotten: the front matter is taken to end at the first blank line.
            close = 1;
            while (close < lines.size() && !lines.get(close).of(text).isBlank()) {
                close++;
            }
            fields.problem(Problem.error("invalid-front-matter", source.path(), source.position(0),
                    "front matter opened with --- is never closed: expected a line --- after the key: value lines"
                            + " (read up to the first blank line)"));
        }
        boolean previousKeyEmpty = false;
        for (Span line : lines.subList(1, Math.min(close, lines.size()))) {
            String s = line.of(text);
            if (s.isBlank() || s.stripLeading().startsWith("#")) {
                continue;
            }
            if (Character.isWhitespace(s.charAt(0)) || (previousKeyEmpty && s.startsWith("- "))) {
                continue;
            }
            Matcher m = FIELD.matcher(s);
            if (!m.matches()) {
                fields.problem(Problem.error("invalid-front-matter", source.path(), source.position(line.start()),
                        "front matter line \"" + s.strip() + "\" is not a field: expected key: value"));
                previousKeyEmpty = false;
                continue;
            }
            previousKeyEmpty = m.group(2) == null || m.group(2).isBlank();
            if (!previousKeyEmpty) {
                fields.accept(m.group(1), m.group(2), source.position(line.start() + m.start(2)));
            }
        }
        if (close >= lines.size()) {
            return new Parsed(fields, text.length());
        }
        Span closing = lines.get(close);
        int bodyStart = close + 1 < lines.size() ? lines.get(close + 1).start() : closing.end();
        return new Parsed(fields, bodyStart);
    }

    private static boolean isFence(String line, boolean closing) {
        String s = line.stripTrailing();
        return s.equals("---") || (closing && s.equals("..."));
    }
}
