package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * A date right after an event noun and its "of" phrase is that noun's event, not the verb's before it: in "the line
 * was opened in time for the opening of the Tokyo Olympic Games on October 10, 1964" the date is the Games'
 * opening. The noun is one the tables name an event with (the caller says which matched), the tagger reads it as a
 * common noun with no possessive before it, and only the words of a noun phrase stand between "of" and the "on" or
 * "in" before the date.
 */
final class NearerEventNoun {

    /** Words of the noun phrase after "of": determiners, adjectives, nouns, numbers, "and", a possessive. */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "CC", "POS", "PRP$");

    private NearerEventNoun() {
    }

    /** Whether the event noun at {@code noun} takes {@code claim}'s date away from a verb before it. */
    static boolean takesDate(Claim claim, NameMatch noun) {
        return ownerOf(claim, noun).isPresent();
    }

    /**
     * Whose event the noun at {@code noun} names when the date follows its "of" phrase: that phrase ("the Tokyo
     * Olympic Games"); empty when the date does not follow it so.
     */
    static Optional<String> ownerOf(Claim claim, NameMatch noun) {
        OptionalInt at = TaggedWords.indexOf(claim, noun.start(), noun.end());
        if (at.isEmpty() || !claim.words().get(at.getAsInt()).isCommonNoun() || possessed(claim, at.getAsInt())) {
            return Optional.empty();
        }
        List<ClaimWord> gap = TaggedWords.within(claim, noun.end(), ClaimGeometry.valueStart(claim));
        int last = gap.size() - 1;
        if (last >= 0 && gap.get(last).lowerIn(claim.sentence()).equals("the")) {
            last--;
        }
        if (last < 2 || !gap.get(0).lowerIn(claim.sentence()).equals("of")
                || !Set.of("on", "in").contains(gap.get(last).lowerIn(claim.sentence()))
                || !gap.subList(1, last).stream().allMatch(w -> PHRASE_TAGS.contains(w.tag()))) {
            return Optional.empty();
        }
        return Optional.of(claim.sentence().substring(gap.get(1).start(), gap.get(last - 1).end()));
    }

    /**
     * Whether a possessive stands before the noun, adjectives aside: "Russia's official ratification of the Kyoto
     * Protocol on …" is Russia's, and the "of" phrase is only what was ratified.
     */
    private static boolean possessed(Claim claim, int noun) {
        int i = noun - 1;
        while (i >= 0 && claim.words().get(i).tag().startsWith("JJ")) {
            i--;
        }
        return i >= 0 && Set.of("POS", "PRP$").contains(claim.words().get(i).tag());
    }
}
