package org.claimcheck.verify.link;

import java.util.List;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;

/**
 * A participle after a comma opens a clause of its own, and a date after it is that participle's: in "is set to
 * become operational by the end of the year in line with the development plan, covering the period 2019-2023" the
 * years are what the plan covers, not when the pipeline became operational. Read from the tagger's parts of speech
 * (a comma, then a word tagged VBG). Participles that work as prepositions ("including", "according to") open no
 * clause: "founded by six states, including China and Russia, in June 2001" still dates the founding.
 */
final class ParticipleClause {

    private static final Set<String> PREPOSITIONS = Set.of("include", "exclude", "accord", "regard", "concern");

    private ParticipleClause() {
    }

    /** Whether a comma and a participle stand in {@code [from, to)} of the claim's sentence. */
    static boolean between(Claim claim, int from, int to) {
        List<ClaimWord> words = claim.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            ClaimWord comma = words.get(i);
            ClaimWord next = words.get(i + 1);
            if (comma.start() >= from && next.end() <= to && comma.tag().equals(",") && next.tag().equals("VBG")
                    && !PREPOSITIONS.contains(next.lemma())) {
                return true;
            }
        }
        return false;
    }
}
