package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.text.MappedText;
import org.jsoup.parser.Parser;

/**
 * Removes Markdown inline syntax from the text of one block while keeping every remaining character mapped to
 * its source: emphasis and strikethrough markers, code backticks, link targets (the link text stays), images,
 * footnote references, inline HTML tags and backslash escapes go; entities are decoded.
 */
final class MarkdownInline {

    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|ftp|mailto):[^<>\\s]*)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern BREAK_TAG = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * How far a link's brackets or a code span's closing backticks are searched for: CommonMark caps link labels
     * at 999 characters, and the cap keeps text full of unmatched brackets from costing quadratic time.
     */
    private static final int MAX_SPAN = 2000;

    private final MappedText in;
    private final String chars;
    private final List<Delimiters.Token> tokens = new ArrayList<>();

    private MarkdownInline(MappedText in) {
        this.in = in;
        this.chars = in.toString();
    }

    static MappedText render(MappedText block) {
        MarkdownInline inline = new MarkdownInline(block);
        inline.scan(0, block.length());
        return Delimiters.resolve(inline.tokens);
    }

    private void scan(int from, int to) {
        int i = from;
        while (i < to) {
            char c = in.charAt(i);
            int next = switch (c) {
                case '\\' -> escape(i, to);
                case '`' -> codeSpan(i, to);
                case '!' -> i + 1 < to && in.charAt(i + 1) == '[' ? link(i + 1, to, true) : -1;
                case '[' -> link(i, to, false);
                case '<' -> angle(i, to);
                case '&' -> entity(i, to);
                case '*', '_', '~' -> delimiterRun(i, to);
                default -> -1;
            };
            if (next < 0) {
                literal(i);
                next = i + 1;
            }
            i = next;
        }
    }

    private void literal(int i) {
        tokens.add(Delimiters.Token.literal(in.charAt(i), in.sourceOffset(i)));
    }

    private int escape(int i, int to) {
        if (i + 1 < to && isAsciiPunctuation(in.charAt(i + 1))) {
            literal(i + 1);
            return i + 2;
        }
        return i + 1 < to && in.charAt(i + 1) == '\n' ? i + 1 : -1;
    }

    private int codeSpan(int i, int to) {
        int run = runLength(i, to, '`');
        int j = i + run;
        int limit = Math.min(to, i + MAX_SPAN);
        while (j < limit) {
            if (in.charAt(j) == '`') {
                int closing = runLength(j, to, '`');
                if (closing == run) {
                    int start = i + run;
                    int end = j;
                    if (end - start >= 2 && in.charAt(start) == ' ' && in.charAt(end - 1) == ' ') {
                        start++;
                        end--;
                    }
                    for (int k = start; k < end; k++) {
                        char ch = in.charAt(k) == '\n' ? ' ' : in.charAt(k);
                        tokens.add(Delimiters.Token.literal(ch, in.sourceOffset(k)));
                    }
                    return j + closing;
                }
                j += closing;
            } else {
                j++;
            }
        }
        for (int k = i; k < i + run; k++) {
            literal(k);
        }
        return i + run;
    }

    /** A link or image starting at the {@code [} at {@code open}: keeps a link's text, drops an image. */
    private int link(int open, int to, boolean image) {
        int close = matching(open, to, '[', ']');
        if (close < 0) {
            return -1;
        }
        int end;
        if (close + 1 < to && in.charAt(close + 1) == '(') {
            end = matching(close + 1, to, '(', ')');
        } else if (close + 1 < to && in.charAt(close + 1) == '[') {
            end = matching(close + 1, to, '[', ']');
        } else if (open + 1 < close && in.charAt(open + 1) == '^') {
            end = close;
        } else {
            return -1;
        }
        if (end < 0) {
            return -1;
        }
        boolean footnote = open + 1 < close && in.charAt(open + 1) == '^';
        if (!image && !footnote) {
            scan(open + 1, close);
        }
        return end + 1;
    }

    private int angle(int i, int to) {
        int limit = Math.min(to, i + MAX_SPAN);
        Matcher auto = AUTOLINK.matcher(chars).region(i, limit);
        if (auto.lookingAt()) {
            for (int k = i + 1; k < auto.end() - 1; k++) {
                literal(k);
            }
            return auto.end();
        }
        Matcher tag = TAG.matcher(chars).region(i, limit);
        if (tag.lookingAt()) {
            if (BREAK_TAG.matcher(tag.group()).matches()) {
                tokens.add(Delimiters.Token.literal('\n', in.sourceOffset(i)));
            }
            return tag.end();
        }
        return -1;
    }

    private int entity(int i, int to) {
        Matcher m = ENTITY.matcher(chars).region(i, to);
        if (!m.lookingAt()) {
            return -1;
        }
        String decoded = Parser.unescapeEntities(m.group(), false);
        if (decoded.equals(m.group())) {
            return -1;
        }
        for (int k = 0; k < decoded.length(); k++) {
            tokens.add(Delimiters.Token.literal(decoded.charAt(k), in.sourceOffset(i)));
        }
        return m.end();
    }

    private int delimiterRun(int i, int to) {
        char c = in.charAt(i);
        int run = runLength(i, to, c);
        if (c == '~' && run != 2) {
            return -1;
        }
        char before = i > 0 ? in.charAt(i - 1) : ' ';
        char after = i + run < to ? in.charAt(i + run) : ' ';
        tokens.add(Delimiters.Token.run(c, run, in, i, before, after));
        return i + run;
    }

    private int runLength(int i, int to, char c) {
        int j = i;
        while (j < to && in.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    /** The index of the bracket closing the one at {@code open}, skipping escaped characters, or -1. */
    private int matching(int open, int to, char opener, char closer) {
        int depth = 0;
        int limit = Math.min(to, open + MAX_SPAN);
        for (int j = open; j < limit; j++) {
            char c = in.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == opener) {
                depth++;
            } else if (c == closer && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
