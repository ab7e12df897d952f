package org.claimcheck.extract;

/**
 * Values whose clause leaves its verb out, to be read with the verb of an earlier clause: a name then "in" or "on"
 * the value after a coordinator ("Libya joined in 1962, and Iraq in 1960", "…, as did Qatar in 1961", "…, followed
 * by Vietnam in 1995"), and bracketed dates in a list a clause introduces ("were later joined by nine other members:
 * Qatar (1961); Indonesia (1962); …").
 */
final class LeftOutVerbs {

    private final Tokens tokens;

    LeftOutVerbs(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The first token of the proper name in a clause that leaves its verb out, or -1. Only a name then "in" or "on"
     * then the value, after a coordinator that follows the end of a clause, counts, and only when a verb stands
     * before it.
     */
    int gappedName(Candidate c) {
        int prep = c.from() - 1;
        if (!tokens.lower(prep).equals("in") && !tokens.lower(prep).equals("on")) {
            return -1;
        }
        int start = prep;
        while (start > 0 && tokens.isProperNoun(start - 1) && tokens.isCapitalized(start - 1)) {
            start--;
        }
        if (start == prep) {
            return -1;
        }
        int before = start - 1;
        // "signed by Russia and China in 2001" and "in Moscow, Russia in 2001" join names, not clauses: the
        // word before "and" or the comma must end a clause of its own ("in 1962").
        boolean afterClause = !tokens.isProperNoun(before - 1) || tokens.lower(before - 1).equals(",");
        boolean coordinated = (tokens.lower(before).equals("and") || tokens.lower(before).equals(",")) && afterClause
                || tokens.lower(before).equals("did") && tokens.lower(before - 1).equals("as")
                || tokens.lower(before).equals("by") && tokens.lower(before - 1).equals("followed");
        return coordinated && verbBefore(start) >= 0 ? start : -1;
    }

    /** The nearest content verb before {@code at}, not counting "followed" and "did" of a left-out clause. */
    int verbBefore(int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (tokens.isContentVerb(i) && !tokens.lower(i).equals("followed") && !tokens.lower(i).equals("did")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The verb of the clause that introduces a list of names with bracketed dates, or -1: a colon before the value
     * with nothing but names, bracketed values, commas, semicolons, dashes and "and" between them, and a content
     * verb before the colon.
     */
    int listHeadVerb(Candidate c) {
        for (int i = c.from() - 1; i >= 0; i--) {
            String w = tokens.lower(i);
            if (w.equals(":")) {
                return verbBefore(i);
            }
            boolean listPart = tokens.isProperNoun(i) || tokens.isBracket(i) || w.equals(",") || w.equals(";")
                    || w.equals("and") || tokens.pos(i).equals("CD") || tokens.isDash(i);
            if (!listPart) {
                return -1;
            }
        }
        return -1;
    }
}
