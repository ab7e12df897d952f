package org.claimcheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.nlp.Token;
import org.claimcheck.text.Span;
import org.claimcheck.value.Units;

/** Small queries over a sentence's tokens, shared by the extraction rules. */
final class Tokens {

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");
    private static final Set<String> BRACKETS = Set.of("(", ")", "-lrb-", "-rrb-", "[", "]", "-lsb-", "-rsb-");
    private static final Set<String> OPENING = Set.of("(", "-lrb-");
    private static final Set<String> CLOSING = Set.of(")", "-rrb-");
    private static final int MAX_ASIDE = 12;
    private static final Set<String> VALUE_TAGS = Set.of("DATE", "DURATION", "TIME", "SET", "MONEY", "PERCENT",
            "NUMBER");
    /** Words and marks that end a clause for the extraction rules (a comma does not). */
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "(", ")", "\u2014", "--", "\"", "\u201c",
            "\u201d", "which", "that", "who", "while", "whereas", "but", "although", "because");
    private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "get");

    private final List<Token> tokens;

    Tokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** Lower-cased word at {@code i}, or "" outside the sentence. */
    String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).pos();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    boolean isProperNoun(int i) {
        return pos(i).startsWith("NNP");
    }

    boolean isDash(int i) {
        return DASHES.contains(lower(i)) || "HYPH".equals(pos(i));
    }

    /** A token NER tagged as a date, time, duration, amount, percentage or number. */
    boolean isValue(int i) {
        return VALUE_TAGS.contains(tokens.get(i).ner());
    }

    /** A unit, alone or with what it measures written onto it ("km", "kilometre", "km-long", "metre-high"). */
    boolean isUnit(int i) {
        String w = Units.withoutDimension(lower(i));
        return w.chars().anyMatch(Character::isLetter) && Units.find(w).isPresent();
    }

    /** "long" of "km - long", as the tokenizer splits it: what a unit measures, after a dash. */
    boolean isDimensionAfterDash(int i) {
        return isDash(i - 1) && Units.isDimension(lower(i));
    }

    /** A token that ends a clause: a semicolon, colon, bracket, dash, quote or a word opening another clause. */
    boolean isClauseBreak(int i) {
        return CLAUSE_BREAKS.contains(lower(i));
    }

    boolean isBracket(int i) {
        return BRACKETS.contains(lower(i));
    }

    /**
     * Where a bracketed aside right after a noun ends: "the European Central Bank (ECB)", "the Great Siberian Route
     * (now known as the Trans-Siberian Railway)". The index of the closing bracket of a round bracket opened at
     * {@code open}, within {@code MAX_ASIDE} tokens and holding no other bracket; -1 when there is none.
     */
    int asideClosing(int open) {
        if (open < 1 || !OPENING.contains(lower(open)) || !isNoun(open - 1)) {
            return -1;
        }
        for (int k = open + 1; k < size() && k - open <= MAX_ASIDE; k++) {
            if (CLOSING.contains(lower(k))) {
                return k > open + 1 ? k : -1;
            }
            if (isBracket(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the aside closed at {@code close} opens, if it is one as {@link #asideClosing} reads it; -1 if not. */
    int asideOpening(int close) {
        if (close < 0 || !CLOSING.contains(lower(close))) {
            return -1;
        }
        for (int k = close - 1; k >= 0 && close - k <= MAX_ASIDE; k--) {
            if (isBracket(k)) {
                return asideClosing(k) == close ? k : -1;
            }
        }
        return -1;
    }

    /** A verb that says something itself: not an auxiliary before another verb or an adverb ("was signed"). */
    boolean isContentVerb(int i) {
        if (!isVerb(i)) {
            return false;
        }
        String lemma = tokens.get(i).lemma();
        boolean aux = lemma != null && AUXILIARIES.contains(lemma.toLowerCase(Locale.ROOT));
        return !aux || !isVerb(i + 1) && !pos(i + 1).equals("RB");
    }

    boolean isCapitalized(int i) {
        String w = i < 0 || i >= tokens.size() ? "" : tokens.get(i).word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** True when the words from {@code i} on are {@code words} (lower-case). */
    boolean wordsAt(int i, String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!lower(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** Token index range {@code [from, to)} covered by {@code span}, or null when no token lies inside it. */
    int[] range(Span span) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            if (t.start() >= span.start() && t.end() <= span.end()) {
                if (from < 0) {
                    from = i;
                }
                to = i + 1;
            }
        }
        return from < 0 ? null : new int[] {from, to};
    }

    /**
     * The phrase of tokens {@code [from, to)}: its words as {@code text} writes them, runs of white space made one
     * space, and their span.
     */
    Phrase phrase(int from, int to, String text) {
        Span span = span(from, to);
        return new Phrase(span.of(text).replaceAll("\\s+", " ").trim(), span);
    }

    /** The character span of tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
