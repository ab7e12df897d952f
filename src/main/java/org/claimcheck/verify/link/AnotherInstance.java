package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * An event the value's clause says happened again is another instance of it: "In 2009, Cook was made Apple CEO
 * again for several months" is no date of his becoming chief executive, which the tables give as 2011; nor are
 * "once more", "anew" or "for the second time".
 */
final class AnotherInstance {

    private static final Set<String> AGAIN = Set.of("again", "anew");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh");

    private AnotherInstance() {
    }

    /**
     * The words that say the event happened again ("again", "for the second time"), if the clause of the event's
     * phrase has them ("In 2009, Cook was made CEO again"), or the value's when the phrase's place is not known.
     */
    static Optional<String> marker(Claim claim, AttributeCandidate event) {
        String sentence = claim.sentence();
        int from = event.located() ? event.start() : ClaimGeometry.valueStart(claim);
        int to = event.located() ? event.end() : ClaimGeometry.valueEnd(claim);
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        for (int i = 0; i < words.size(); i++) {
            ClaimWord w = words.get(i);
            String word = w.lowerIn(sentence);
            String next = i + 1 < words.size() ? words.get(i + 1).lowerIn(sentence) : "";
            String marker = AGAIN.contains(word) ? word
                    : word.equals("once") && next.equals("more") ? "once more"
                    : ORDINALS.contains(word) && next.equals("time") ? word + " time" : null;
            if (marker != null && Clauses.same(claim, w.start(), w.end(), from, to)) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }
}
