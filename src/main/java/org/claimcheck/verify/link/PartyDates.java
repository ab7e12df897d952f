package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * "The treaty was signed by Spain, 2 July 1494, and by Portugal, 5 September 1494": when a sentence gives each
 * party its own date ("by" a name, then the date), each date is that party's act, not the one date of the event as
 * a whole that a table holds. Read from the tagged words before each date of the sentence: "by", a proper name,
 * and a comma or "on" or "in".
 */
final class PartyDates {

    private PartyDates() {
    }

    /**
     * The party whose own date the claim is ("Spain"), when another date of the sentence is given to another
     * party the same way; empty otherwise.
     */
    static Optional<String> partyOf(Claim claim, List<Claim> sentenceClaims) {
        if (claim.kind() != ClaimKind.DATE) {
            return Optional.empty();
        }
        Optional<String> own = agentBefore(claim, claim);
        if (own.isEmpty()) {
            return own;
        }
        boolean another = sentenceClaims.stream().filter(c -> c != claim && c.kind() == ClaimKind.DATE)
                .map(c -> agentBefore(claim, c)).flatMap(Optional::stream)
                .anyMatch(party -> !party.equalsIgnoreCase(own.get()));
        return another ? own : Optional.empty();
    }

    /** The name of "by NAME" right before {@code date}'s value, a comma or "on" or "in" between. */
    private static Optional<String> agentBefore(Claim claim, Claim date) {
        List<ClaimWord> words = TaggedWords.within(claim, 0, ClaimGeometry.valueStart(date));
        String sentence = claim.sentence();
        int i = words.size() - 1;
        if (i < 0 || !List.of(",", "on", "in").contains(words.get(i).lowerIn(sentence))) {
            return Optional.empty();
        }
        int last = --i;
        while (i >= 0 && words.get(i).tag().startsWith("NNP")) {
            i--;
        }
        if (i == last || i < 0 || !words.get(i).lowerIn(sentence).equals("by")) {
            return Optional.empty();
        }
        return Optional.of(sentence.substring(words.get(i + 1).start(), words.get(last).end()));
    }
}
