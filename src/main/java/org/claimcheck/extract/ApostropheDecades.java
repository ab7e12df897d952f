package org.claimcheck.extract;

import java.util.Optional;
import java.util.Set;
import org.claimcheck.nlp.MentionType;

/**
 * "Beginning at the start of the 1820's", "completed in the 1840's": a decade written with an apostrophe, which the
 * tokenizer splits into a year and a possessive "'s" and the tagger dates as that year. It is the decade when "the"
 * stands before the year, or no noun follows ("completed in 1840's."); a year ending in 0 followed by "'s" and a
 * noun is a possessive: "since 2010's $5.5 billion haul" is about 2010. A part of such a decade ("the early
 * 1970's") is not read, as the tagger does not read "the early 1970s": it is vaguer than any date the tables hold.
 */
final class ApostropheDecades {

    private static final Set<String> DECADE_OPENERS = Set.of("the", "these", "those");
    private static final Set<String> PARTS = Set.of("early", "mid", "late", "mid-");
    private static final Set<String> POSSESSIVE = Set.of("'s", "\u2019s");

    private final Tokens tokens;

    ApostropheDecades(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The candidate read as the decade it names, through its "'s", the candidate itself, or none for a part. */
    Optional<Candidate> read(Candidate c) {
        int year = c.to() - 1;
        if (c.type() != MentionType.DATE || c.to() >= tokens.size() || !tokens.lower(year).matches("\\d{3}0")
                || !POSSESSIVE.contains(tokens.lower(c.to()))) {
            return Optional.of(c);
        }
        if (year > 0 && PARTS.contains(tokens.lower(year - 1))) {
            return Optional.empty();
        }
        boolean opened = year > 0 && DECADE_OPENERS.contains(tokens.lower(year - 1));
        int after = c.to() + 1;
        boolean nounAfter = after < tokens.size() && (tokens.isNoun(after) || tokens.pos(after).startsWith("JJ")
                || tokens.pos(after).equals("CD") || tokens.pos(after).equals("$"));
        if (!opened && nounAfter) {
            return Optional.of(c);
        }
        String decade = tokens.lower(year).substring(0, 3) + "X";
        return Optional.of(new Candidate(c.from(), c.to() + 1, MentionType.DATE, decade, c.timexType()));
    }
}
