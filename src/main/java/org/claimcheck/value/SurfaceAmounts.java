package org.claimcheck.value;

import java.util.Optional;

/**
 * Reads an amount phrase as it stands in an article, leniently: opening brackets or quotes before it and
 * whatever follows it (punctuation, the counted noun in "146 million people") are ignored. A phrase that
 * goes on as a range or a date ("10-15%", "$10 to $15 billion", "16 July") is not one amount: empty.
 */
final class SurfaceAmounts {

    private SurfaceAmounts() {
    }

    static Optional<Amount> read(String surface) {
        if (surface == null) {
            return Optional.empty();
        }
        TokenCursor c = new TokenCursor(surface);
        while (!c.atEnd() && c.peek().isAnyOf("(", "[", "\"", "'", "\u201c", "\u2018")) {
            c.advance();
        }
        try {
            Amount amount = AmountGrammar.read(c, true);
            return continuesAsRangeOrDate(c) ? Optional.empty() : Optional.of(amount);
        } catch (ValueFormatException notAnAmount) {
            return Optional.empty();
        }
    }

    private static boolean continuesAsRangeOrDate(TokenCursor c) {
        Token next = c.peek();
        if (next == null) {
            return false;
        }
        Token after = c.peek(1);
        boolean valueFollows = after != null
                && (after.kind() == Token.Kind.NUMBER || Units.find(after.text()).filter(Unit::isCurrency).isPresent());
        boolean rangeOrTime = next.isAnyOf("-", "\u2013", "\u2014", "/", ":", "to") && valueFollows;
        return rangeOrTime || DateWords.month(next).isPresent();
    }
}
