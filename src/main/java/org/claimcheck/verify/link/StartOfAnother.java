package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.TaggedWords;

/**
 * "In the 1950s, Toyota began to expand its operations", "the company began exporting cars in the 1960s": a verb of
 * beginning with another verb after it dates the start of that activity, not the event a table lists "began" or
 * "started" for (a company's founding). A phrase that names the activity itself ("began operations", "started
 * producing") is matched whole and is no such verb alone. Read from the tagged words after the attribute's phrase.
 */
final class StartOfAnother {

    /** Verbs of beginning, by lemma ("ceased to exist" is an end in itself, and not among them). */
    private static final Set<String> BEGINNING = Set.of("begin", "start", "commence");

    private StartOfAnother() {
    }

    /**
     * The activity whose start the attribute's phrase dates ("expand" of "began to expand", "exporting" of "began
     * exporting"), when the phrase ends in a verb of beginning that another verb follows; empty otherwise.
     */
    static Optional<String> of(Claim claim, AttributeCandidate a) {
        if (!a.located()) {
            return Optional.empty();
        }
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        int last = TaggedWords.around(words, a.end(), a.end())[0];
        if (last < 0 || last + 1 >= words.size() || words.get(last).end() != a.end()
                || !BEGINNING.contains(words.get(last).lemma())) {
            return Optional.empty();
        }
        ClaimWord next = words.get(last + 1);
        String sentence = claim.sentence();
        if (next.lowerIn(sentence).equals("to") && last + 2 < words.size()
                && isPlainVerb(words.get(last + 2), sentence)) {
            return Optional.of(words.get(last + 2).lowerIn(sentence));
        }
        return isGerund(next, sentence) ? Optional.of(next.lowerIn(sentence)) : Optional.empty();
    }

    private static boolean isPlainVerb(ClaimWord w, String sentence) {
        return w.tag().isEmpty() ? w.lowerIn(sentence).chars().allMatch(Character::isLetter) : w.tag().equals("VB");
    }

    private static boolean isGerund(ClaimWord w, String sentence) {
        return w.tag().isEmpty() ? w.lowerIn(sentence).endsWith("ing") : w.tag().equals("VBG");
    }
}
