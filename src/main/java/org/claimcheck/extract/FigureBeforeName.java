package org.claimcheck.extract;

import org.claimcheck.nlp.MentionType;

/**
 * "the GBT has surpassed Japan's 53.9-kilometre Seikan tunnel", "the 4,000 km Power of Siberia pipeline": an amount
 * or figure written before a name and the noun it heads, joined to them by spaces or a hyphen, describes that
 * thing, whichever verb governs the clause; the name with its noun is the subject.
 */
final class FigureBeforeName {

    private final Tokens tokens;
    private final String text;

    FigureBeforeName(Tokens tokens, String articleText) {
        this.tokens = tokens;
        this.text = articleText;
    }

    /** The name and noun the figure {@code c} stands before, or null. */
    Phrase subject(Candidate c) {
        if (c.type() == MentionType.DATE) {
            return null;
        }
        int at = c.to();
        // the rest of the modifier: "-", "kilometre", "-long", "km-long"
        while (at < tokens.size() && at - c.to() < 4 && !tokens.isProperNoun(at) && (tokens.isDash(at)
                || tokens.pos(at).startsWith("JJ") || tokens.isUnit(at))) {
            at++;
        }
        if (at >= tokens.size() || !isNameWord(at) || tokens.isValue(at) || !joined(c.from(), at)) {
            return null;
        }
        // the tagger reads a rare name before a noun as a common noun ("Seikan tunnel"): its capital says more
        int end = at + 1;
        for (int i = end; i < tokens.size() && i - at < SubjectFinder.MAX_NP; i++) {
            if (isNameWord(i) && !tokens.isValue(i)) {
                end = i + 1;
            } else if (!SubjectFinder.NP_LINKS.contains(tokens.lower(i)) || i + 1 >= tokens.size()
                    || !isNameWord(i + 1)) {
                break;
            }
        }
        int head = end;
        while (end < tokens.size() && end - at < SubjectFinder.MAX_NP && tokens.isNoun(end) && !tokens.isValue(end)) {
            end++;
        }
        // The name must head a thing ("Seikan tunnel", "GCC member states"); a capitalised label after a figure
        // is a list or a table ("Launch Services $243 million Prime Mission Operations $…").
        boolean describesAThing = end > head && !tokens.isCapitalized(end - 1);
        return describesAThing ? tokens.phrase(at, end, text) : null;
    }

    /** Whether tokens {@code from} to {@code to} are written as one phrase: only spaces or a hyphen between. */
    private boolean joined(int from, int to) {
        for (int i = from; i < to; i++) {
            String gap = text.substring(tokens.get(i).span().end(), tokens.get(i + 1).span().start());
            if (!gap.chars().allMatch(ch -> ch == ' ') && !gap.equals("-")) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameWord(int i) {
        return tokens.isProperNoun(i) || tokens.isCapitalized(i) && tokens.isNoun(i);
    }
}
