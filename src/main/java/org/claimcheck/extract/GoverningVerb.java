package org.claimcheck.extract;

import java.util.Set;

/**
 * The verb that governs a value: the nearest content verb before it within its clause, else the first one after
 * it. Extraction reads the claim's predicate and subject from it.
 */
final class GoverningVerb {

    private final Tokens tokens;

    GoverningVerb(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The nearest content verb before the value within its clause, else the first one after it. */
    int of(Candidate c) {
        boolean crossedComma = false;
        int aboutness = -1;
        for (int i = c.from() - 1; i >= 0 && (!tokens.isClauseBreak(i) || introducesValue(i, c)); i--) {
            crossedComma |= tokens.lower(i).equals(",");
            if (tokens.isContentVerb(i) && saysWhatANounIsAbout(i)) {
                // "Putin signed the resolution pertaining to Russia's ratification … on November 4, 2004": the
                // participle only says what "resolution" is about; the date is the signing's.
                aboutness = aboutness < 0 ? i : aboutness;
                continue;
            }
            if (tokens.isContentVerb(i)) {
                if (crossedComma && measuredFrom(i)) {
                    // "Twenty years after the treaty was signed, in 2021, the leaders met": the verb before the
                    // commas is the point the date is counted from; the date is the main clause's.
                    int main = verbAfter(c);
                    if (main >= 0) {
                        return main;
                    }
                }
                return i;
            }
        }
        return aboutness >= 0 ? aboutness : verbAfter(c);
    }

    /** Participles that only say what the noun before them is about: "pertaining to", "relating to". */
    private static final Set<String> ABOUTNESS = Set.of("pertaining", "relating", "concerning", "regarding");

    /** A participle of {@link #ABOUTNESS} right after a noun: "the resolution pertaining to", "a law concerning". */
    private boolean saysWhatANounIsAbout(int i) {
        return i > 0 && tokens.isNoun(i - 1) && tokens.pos(i).equals("VBG") && ABOUTNESS.contains(tokens.lower(i));
    }

    private int verbAfter(Candidate c) {
        for (int i = c.to(); i < tokens.size(); i++) {
            int aside = tokens.asideClosing(i);
            if (aside > 0) {
                i = aside; // "On 1 December 1998 the European Central Bank (ECB) was established"
                continue;
            }
            if (tokens.isClauseBreak(i)) {
                return -1;
            }
            if (tokens.isContentVerb(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the verb at {@code verb} stands in a clause of time set off by a span of time ("twenty years after
     * the treaty was signed", "two months before it opened"), back to the last comma.
     */
    private boolean measuredFrom(int verb) {
        for (int i = verb - 1; i > 0 && !tokens.isClauseBreak(i) && !tokens.lower(i).equals(","); i--) {
            if (TIME_WORDS.contains(tokens.lower(i)) && UNITS_OF_TIME.contains(tokens.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_WORDS = Set.of("after", "before", "since", "following");
    private static final Set<String> UNITS_OF_TIME = Set.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "decade", "decades");

    /**
     * "The spur itself is modest in length: about 1,023 km": a colon that only introduces the value (nothing
     * but hedges between) continues the clause before it.
     */
    private boolean introducesValue(int i, Candidate c) {
        if (!tokens.lower(i).equals(":")) {
            return false;
        }
        for (int k = i + 1; k < c.from(); k++) {
            if (tokens.isNoun(k) || tokens.isVerb(k)) {
                return false;
            }
        }
        return true;
    }
}
