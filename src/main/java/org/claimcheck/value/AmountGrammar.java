package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads one amount: an optional sign, an optional currency before the number ("$", "US$", "元", "RMB", "USD"),
 * a numeral ("2,000", "146.88", "1.47E+11") or number words ("twenty-five"), an optional multiplier
 * ("billion", "bn", "m") and an optional unit or currency after it ("km", "cubic metres", "per cent",
 * "US dollars"). The multiplier keeps the stated digits: "$146.9bn" is 1469E+8 USD.
 *
 * <p>A bare "m" means million when it is attached to the digits ("600m", "£2.4m") or follows a currency
 * ("$600 m"); otherwise "600 m" is 600 metres.
 */
final class AmountGrammar {

    static final String EXPECTED = "an amount (146.88 billion USD, 30%, 2,000 km)";
    private static final int LONGEST_UNIT_TOKENS = 6;

    private record UnitMatch(Unit unit, Token first, String text) {
    }

    private AmountGrammar() {
    }

    /** Reads an amount; strictly, text after it is an error, leniently it is left unread. */
    static Amount read(TokenCursor c, boolean lenient) {
        boolean negative = c.accept("-", "\u2212");
        int start = c.mark();
        Optional<UnitMatch> prefix = unit(c).filter(match -> match.unit().isCurrency());
        if (prefix.isEmpty()) {
            c.reset(start);
        }
        BigDecimal number = number(c);
        BigDecimal multiplier = multiplier(c, c.previous(), prefix.isPresent());
        if (multiplier != null) {
            number = number.multiply(multiplier);
        }
        int beforeSuffix = c.mark();
        Optional<UnitMatch> suffix = lenient ? hyphenatedUnit(c) : Optional.empty();
        if (suffix.isEmpty()) {
            c.reset(beforeSuffix);
            suffix = unit(c);
        }
        if (suffix.isPresent()) {
            rejectLongerUnit(c, suffix.get());
        }
        Unit unit = suffix.map(UnitMatch::unit).orElse(Units.count());
        if (prefix.isPresent()) {
            unit = prefix.get().unit();
            if (suffix.isPresent() && !suffix.get().unit().equals(unit)) {
                if (!lenient || suffix.get().unit().isCurrency()) {
                    throw c.failAt(suffix.get().first(), "a second unit \"" + suffix.get().text()
                            + "\" after the currency \"" + prefix.get().text() + "\"", "one unit per amount");
                }
                c.reset(beforeSuffix); // "$2 barrels" leniently: the money, the rest left unread
            }
        }
        if (!lenient) {
            requireEnd(c, prefix.isPresent() || suffix.isPresent());
        }
        return new Amount(negative ? number.negate() : number, unit);
    }

    private static BigDecimal number(TokenCursor c) {
        Token t = c.peek();
        if (t != null && t.kind() == Token.Kind.NUMBER) {
            c.advance();
            try {
                return new BigDecimal(t.text().replace(",", ""));
            } catch (NumberFormatException e) {
                // "1E2201912019": an exponent beyond what a number can hold
                throw c.failAt(t, "a number too large to read", EXPECTED);
            }
        }
        int words = 0;
        while (c.peek(words) != null && c.peek(words).kind() == Token.Kind.WORD
                && NumberWords.isNumberWord(c.peek(words).text())) {
            words++;
        }
        for (int n = words; n > 0; n--) {
            StringBuilder phrase = new StringBuilder();
            for (int i = 0; i < n; i++) {
                phrase.append(c.peek(i).text()).append(' ');
            }
            Optional<BigDecimal> value = NumberWords.parse(phrase.toString());
            if (value.isPresent()) {
                for (int i = 0; i < n; i++) {
                    c.advance();
                }
                return value.get();
            }
        }
        throw c.fail(EXPECTED);
    }

    private static BigDecimal multiplier(TokenCursor c, Token number, boolean money) {
        Token w = c.peek();
        if (w == null || w.kind() != Token.Kind.WORD) {
            return null;
        }
        int mark = c.mark();
        Optional<UnitMatch> unit = unit(c);
        c.reset(mark);
        // "m3" is a unit even though it starts with "m"; a lone "m" is metres unless attached or after money.
        if (unit.isPresent() && !unit.get().text().equalsIgnoreCase("m")) {
            return null;
        }
        if (w.is("m") && !number.touches(w) && !money) {
            return null;
        }
        Optional<BigDecimal> factor = Multipliers.find(w.text());
        factor.ifPresent(f -> c.advance());
        return factor.orElse(null);
    }

    /** "the 4,200-kilometre frontier": a measure joined to its number by a hyphen, as a modifier. */
    private static Optional<UnitMatch> hyphenatedUnit(TokenCursor c) {
        if (!c.accept("-")) {
            return Optional.empty();
        }
        return unit(c).filter(match -> !match.unit().isCurrency() && !match.unit().equals(Units.percent()));
    }

    /** The longest unit phrase at the cursor ("u.s. dollars" over "u.s."), consumed when found. */
    private static Optional<UnitMatch> unit(TokenCursor c) {
        Token first = c.peek();
        if (first == null) {
            return Optional.empty();
        }
        for (int n = LONGEST_UNIT_TOKENS; n > 0; n--) {
            if (c.peek(n - 1) == null) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(first.text());
            for (int i = 1; i < n; i++) {
                phrase.append(c.peek(i - 1).touches(c.peek(i)) ? "" : " ").append(c.peek(i).text());
            }
            Optional<Unit> unit = Units.find(Units.withoutDimension(phrase.toString()));
            if (unit.isPresent()) {
                for (int i = 0; i < n; i++) {
                    c.advance();
                }
                return Optional.of(new UnitMatch(unit.get(), first, phrase.toString()));
            }
        }
        return Optional.empty();
    }

    /** "km/h" is not km: a unit glued to digits, letters or a slash is some other unit, named in full. */
    private static void rejectLongerUnit(TokenCursor c, UnitMatch unit) {
        Token next = c.peek();
        boolean glued = next != null && c.previous().touches(next)
                && (next.kind() != Token.Kind.SYMBOL || next.is("/"));
        if (!glued) {
            return;
        }
        StringBuilder name = new StringBuilder(unit.text());
        for (Token t = c.advance(); t != null; t = c.peek() != null && t.touches(c.peek()) ? c.advance() : null) {
            name.append(t.text());
        }
        throw unknownUnit(name.toString(), unit.first());
    }

    static ValueFormatException unknownUnit(String name, Token where) {
        return new ValueFormatException("unknown unit \"" + name + "\" at character " + (where.start() + 1)
                + ": expected one of " + Units.known(), where.start());
    }

    private static void requireEnd(TokenCursor c, boolean hasUnit) {
        Token t = c.peek();
        if (t == null) {
            return;
        }
        boolean unitLike = t.kind() == Token.Kind.WORD || t.text().equals("°")
                || Character.getType(t.text().codePointAt(0)) == Character.CURRENCY_SYMBOL;
        if (!hasUnit && unitLike) {
            throw unknownUnit(t.text(), t);
        }
        throw c.fail("the end of the amount");
    }
}
