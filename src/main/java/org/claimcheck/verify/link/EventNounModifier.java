package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.TaggedWords;

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
        if (!a.located()) {
            return Optional.empty();
        }
        OptionalInt at = TaggedWords.indexOf(claim, a.start(), a.end());
        List<ClaimWord> words = claim.words();
        if (at.isEmpty() || at.getAsInt() + 1 >= words.size()) {
            return Optional.empty();
        }
        ClaimWord w = words.get(at.getAsInt());
        ClaimWord next = words.get(at.getAsInt() + 1);
        boolean describes = w.isNoun() && next.isNoun() && next.start() - w.end() <= 1;
        return describes ? Optional.of(claim.sentence().substring(next.start(), next.end())) : Optional.empty();
    }
}
