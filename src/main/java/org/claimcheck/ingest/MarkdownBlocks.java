package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.text.Chars;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;
import org.claimcheck.text.Span;

/**
 * Splits a Markdown body into lines of text without block syntax: ATX and setext headings become heading
 * lines, list markers and blockquote markers are removed, fenced code, horizontal rules, HTML comments and
 * link reference definitions are dropped, table rows keep their cells (pipes become {@code ;}). Paragraph and
 * list item lines keep their line breaks, so the layout can tell headings and labels from wrapped text.
 */
final class MarkdownBlocks {

    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+|$)");
    private static final Pattern ATX_CLOSE = Pattern.compile("(?:^|[ \\t]+)#+[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern RULE =
            Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+](?:[ \\t]+|$)");
    private static final Pattern ORDERED = Pattern.compile("^[ \\t]*(\\d{1,9})[.)](?:[ \\t]+|$)");
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S");
    private static final Pattern TABLE_RULE =
            Pattern.compile("^[ \\t]*\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");

    private final String work;
    private final List<SourceLine> out = new ArrayList<>();
    private MappedTextBuilder block;
    private LineKind blockKind;
    private String fence;

    private MarkdownBlocks(String work) {
        this.work = work;
    }

    /** The lines of the body that starts at {@code from}; HTML comments are blanked first (offsets kept). */
    static List<SourceLine> parse(String source, int from) {
        MarkdownBlocks blocks = new MarkdownBlocks(blankComments(source));
        for (Span line : Chars.lines(blocks.work)) {
            if (line.start() >= from) {
                blocks.line(line.start(), line.end());
            }
        }
        blocks.flush();
        return blocks.out;
    }

    private void line(int start, int end) {
        String raw = work.substring(start, end);
        if (fence != null) {
            if (raw.strip().startsWith(fence) && raw.strip().chars().allMatch(ch -> ch == fence.charAt(0))) {
                fence = null;
            }
            return;
        }
        int content = start;
        Matcher quote = QUOTE.matcher(raw);
        while (quote.lookingAt()) {
            content += quote.end();
            quote = QUOTE.matcher(work.substring(content, end));
        }
        String s = work.substring(content, end);
        Matcher m;
        if (s.isBlank()) {
            flush();
        } else if ((m = FENCE.matcher(s)).lookingAt()) {
            flush();
            fence = m.group(1);
        } else if ((m = ATX.matcher(s)).lookingAt()) {
            flush();
            Matcher close = ATX_CLOSE.matcher(s);
            int textEnd = close.find(m.end()) ? close.start() : s.length();
            emitBlock(LineKind.HEADING, slice(content + m.end(), content + Math.max(m.end(), textEnd)));
        } else if (blockKind == LineKind.PLAIN && SETEXT.matcher(s).matches()) {
            MappedText heading = block.build();
            block = null;
            emitBlock(LineKind.HEADING, heading);
        } else if (RULE.matcher(s).matches()) {
            flush();
        } else if ((m = BULLET.matcher(s)).lookingAt() || ((m = ORDERED.matcher(s)).lookingAt()
                && (blockKind != LineKind.PLAIN || m.group(1).equals("1")))) {
            flush();
            start(LineKind.ITEM, content + m.end(), end);
        } else if (block == null && REFERENCE.matcher(s).lookingAt()) {
            flush();
        } else if (s.stripLeading().startsWith("|")) {
            flush();
            if (!TABLE_RULE.matcher(s).matches()) {
                emitBlock(LineKind.BLOCK, tableRow(content, end));
            }
        } else if (block != null) {
            block.appendSeparator('\n', content);
            block.append(slice(content, end));
        } else {
            start(LineKind.PLAIN, content, end);
        }
    }

    private void start(LineKind kind, int from, int end) {
        block = new MappedTextBuilder().append(slice(from, end));
        blockKind = kind;
    }

    private void flush() {
        if (block != null) {
            MappedText rendered = MarkdownInline.render(block.build());
            LineKind kind = blockKind;
            int lineStart = 0;
            for (int i = 0; i <= rendered.length(); i++) {
                if (i == rendered.length() || rendered.charAt(i) == '\n') {
                    out.add(new SourceLine(kind, rendered.subSequence(lineStart, i)));
                    kind = LineKind.PLAIN;
                    lineStart = i + 1;
                }
            }
            out.add(SourceLine.BREAK);
        }
        block = null;
        blockKind = null;
    }

    /** A heading or table row: soft line breaks inside it become spaces. */
    private void emitBlock(LineKind kind, MappedText text) {
        MappedText rendered = MarkdownInline.render(text);
        MappedTextBuilder oneLine = new MappedTextBuilder();
        for (int i = 0; i < rendered.length(); i++) {
            oneLine.append(rendered.charAt(i) == '\n' ? ' ' : rendered.charAt(i), rendered.sourceOffset(i));
        }
        out.add(new SourceLine(kind, oneLine.build()));
        out.add(SourceLine.BREAK);
    }

    private MappedText tableRow(int start, int end) {
        MappedTextBuilder row = new MappedTextBuilder();
        MappedText line = slice(start, end).strip();
        int from = line.length() > 0 && line.charAt(0) == '|' ? 1 : 0;
        int to = line.length() > from && line.charAt(line.length() - 1) == '|' ? line.length() - 1 : line.length();
        for (int i = from; i < to; i++) {
            boolean cellBreak = line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\');
            row.append(cellBreak ? ';' : line.charAt(i), line.sourceOffset(i));
        }
        return row.build();
    }

    private MappedText slice(int start, int end) {
        return MappedText.slice(work, start, end);
    }

    /**
     * Replaces everything inside {@code <!-- -->} except line breaks with spaces, so offsets do not move. An
     * unclosed comment stays text rather than hiding the rest of the article.
     */
    static String blankComments(String source) {
        StringBuilder sb = new StringBuilder(source);
        int open = source.indexOf("<!--");
        while (open >= 0) {
            int close = source.indexOf("-->", open + 4);
            if (close < 0) {
                break;
            }
            for (int i = open; i < close + 3; i++) {
                if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
                    sb.setCharAt(i, ' ');
                }
            }
            open = source.indexOf("<!--", close + 3);
        }
        return sb.toString();
    }
}
