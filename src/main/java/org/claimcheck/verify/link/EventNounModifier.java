package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;

/**
 * An event noun that only describes the noun after it names that thing, not the event: "NATO Allies signed North
 * Macedonia's Accession Protocol in February 2019" dates the protocol's signing, not the accession; so do
 * "membership talks", "the accession treaty", "a membership application". Read from the tagger's parts of
 * speech: the attribute's phrase is one noun and the next word is a noun too.
 */
final class EventNounModifier {

    private EventNounModifier() {
    }

    /** The noun the matched event noun describes ("Protocol"), if it only describes one. */
    static Optional<String> describedNoun(Claim claim, AttributeCandidate a) {
        if (!a.located() || claim.words().isEmpty()) {
            return Optional.empty();
        }
        List<ClaimWord> words = claim.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            ClaimWord w = words.get(i);
            if (w.start() == a.start() && w.end() == a.end()) {
                ClaimWord next = words.get(i + 1);
                boolean describes = w.isNoun() && next.isNoun() && next.start() - w.end() <= 1;
                return describes ? Optional.of(claim.sentence().substring(next.start(), next.end())) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
