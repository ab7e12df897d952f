package org.claimcheck.value;

import java.util.List;

/**
 * Walks the tokens of one value text for the grammars and builds their error messages, which always say
 * what was expected, what was found and at which character (1-based in the message, 0-based in
 * {@link ValueFormatException#index()}).
 */
final class TokenCursor {

    private final String text;
    private final List<Token> tokens;
    private int next;
    private boolean committed;

    TokenCursor(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = next + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    Token previous() {
        return next > 0 ? tokens.get(next - 1) : null;
    }

    Token advance() {
        return tokens.get(next++);
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    int mark() {
        return next;
    }

    void reset(int mark) {
        next = mark;
    }

    /** Consumes the next token when it is one of {@code options} (case-insensitive). */
    boolean accept(String... options) {
        Token token = peek();
        if (token != null && token.isAnyOf(options)) {
            next++;
            return true;
        }
        return false;
    }

    /** Records that the text is certainly meant as this kind of value, so its errors are final. */
    void commit() {
        committed = true;
    }

    boolean committed() {
        return committed;
    }

    /** The 0-based character index of the next token, or the text length at the end. */
    int index() {
        Token token = peek();
        return token == null ? text.length() : token.start();
    }

    ValueFormatException fail(String expected) {
        return new ValueFormatException(
                "expected " + expected + " but found " + found(peek()) + " at character " + (index() + 1), index());
    }

    /** An error about {@code token} itself: "{problem} at character N: expected {expected}". */
    ValueFormatException failAt(Token token, String problem, String expected) {
        return new ValueFormatException(
                problem + " at character " + (token.start() + 1) + ": expected " + expected, token.start());
    }

    static String found(Token token) {
        return token == null ? "end of text" : "\"" + token.text() + "\"";
    }
}
