package org.claimcheck.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Pairs emphasis delimiter runs ({@code *}, {@code _}, {@code ~~}) the way CommonMark does in its simple cases:
 * a run that can close meets the nearest earlier run of the same character that can open; matched characters
 * are removed, unmatched ones stay as literal text. {@code _} inside a word ("snake_case") never pairs.
 */
final class Delimiters {

    /** A literal character, or a delimiter run with the source offset of each of its characters. */
    static final class Token {
        final char c;
        final int[] sources;
        final boolean delimiter;
        boolean canOpen;
        final boolean canClose;
        /** Characters consumed at the inner (right) end by pairing as an opener. */
        int usedOpening;
        /** Characters consumed at the inner (left) end by pairing as a closer. */
        int usedClosing;

        private Token(char c, int[] sources, boolean delimiter, boolean canOpen, boolean canClose) {
            this.c = c;
            this.sources = sources;
            this.delimiter = delimiter;
            this.canOpen = canOpen;
            this.canClose = canClose;
        }

        static Token literal(char c, int source) {
            return new Token(c, new int[] {source}, false, false, false);
        }

        static Token run(char c, int length, MappedText in, int start, char before, char after) {
            int[] sources = new int[length];
            for (int k = 0; k < length; k++) {
                sources[k] = in.sourceOffset(start + k);
            }
            boolean left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
            boolean right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
            boolean open = c == '_' ? left && (!right || isPunct(before)) : left;
            boolean close = c == '_' ? right && (!left || isPunct(after)) : right;
            return new Token(c, sources, true, open, close);
        }

        int remaining() {
            return sources.length - usedOpening - usedClosing;
        }
    }

    private Delimiters() {
    }

    static MappedText resolve(List<Token> tokens) {
        // Below this index no opener is left for a character (CommonMark's "openers bottom"): without it, text
        // full of unmatched asterisks would be searched back to its start for every closer.
        Map<Character, Integer> bottom = new HashMap<>();
        for (int closer = 0; closer < tokens.size(); closer++) {
            Token close = tokens.get(closer);
            if (!close.delimiter || !close.canClose) {
                continue;
            }
            int floor = bottom.getOrDefault(close.c, -1);
            boolean matched = false;
            for (int opener = closer - 1; opener > floor && close.remaining() > 0; opener--) {
                Token open = tokens.get(opener);
                if (!open.delimiter || !open.canOpen || open.c != close.c || open.remaining() == 0) {
                    continue;
                }
                int use = close.c == '~' ? 2 : Math.min(2, Math.min(open.remaining(), close.remaining()));
                if (close.c == '~' && (open.remaining() < 2 || close.remaining() < 2)) {
                    continue;
                }
                open.usedOpening += use;
                close.usedClosing += use;
                for (int between = opener + 1; between < closer; between++) {
                    tokens.get(between).canOpen = false;
                }
                matched = true;
                opener++;
            }
            if (!matched) {
                bottom.put(close.c, closer - 1);
            }
        }
        MappedTextBuilder out = new MappedTextBuilder();
        for (Token t : tokens) {
            int from = t.usedClosing;
            int to = t.sources.length - t.usedOpening;
            for (int k = from; k < to; k++) {
                out.append(t.c, t.sources[k]);
            }
        }
        return out.build();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isPunct(char c) {
        int type = Character.getType(c);
        return MarkdownInline.isAsciiPunctuation(c) || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }
}
