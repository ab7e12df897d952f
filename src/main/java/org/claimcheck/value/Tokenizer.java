package org.claimcheck.value;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a value text into numbers, words and single-character symbols. Any Unicode space (including the
 * non-breaking spaces of typeset copy) separates tokens; offsets always point into the original text.
 */
final class Tokenizer {

    // Grouped thousands only when each group has exactly three digits ("1,000" but not "16,2001").
    private static final Pattern NUMBER = Pattern.compile(
            "(?:\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d+)(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    // Han characters (元) stand alone as symbols so that "元1.2" splits like "$1.2".
    private static final String LETTER = "[\\p{L}&&[^\\p{IsHan}]]";
    private static final Pattern WORD = Pattern.compile(LETTER + "+(?:-" + LETTER + "+)*[²³]?");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher number = NUMBER.matcher(text);
        Matcher word = WORD.matcher(text);
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (c < 128 && Character.isDigit(c) && number.region(i, text.length()).lookingAt()) {
                tokens.add(new Token(Token.Kind.NUMBER, number.group(), i));
                i = number.end();
            } else if (word.region(i, text.length()).lookingAt()) {
                tokens.add(new Token(Token.Kind.WORD, word.group(), i));
                i = word.end();
            } else {
                int length = Character.charCount(c);
                tokens.add(new Token(Token.Kind.SYMBOL, text.substring(i, i + length), i));
                i += length;
            }
        }
        return List.copyOf(tokens);
    }
}
