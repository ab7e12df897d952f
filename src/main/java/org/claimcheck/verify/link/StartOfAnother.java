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
 * "started" for (a company's founding); so does one followed by a line of business ("started in the exhibition
 * business in 1903"). A phrase that names the activity itself ("began operations", "started
 * producing") is matched whole and is no such verb alone. Read from the tagged words after the attribute's phrase.
 */
final class StartOfAnother {

    /** Verbs of beginning, by lemma ("ceased to exist" is an end in itself, and not among them). */
    private static final Set<String> BEGINNING = Set.of("begin", "start", "commence");
    /** Nouns of a line of work, by lemma: "the exhibition business", "the oil trade", "a career". */
    private static final Set<String> FIELDS = Set.of("business", "industry", "trade", "career", "profession");
    private static final int MAX_FIELD_WORDS = 4;

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
        if (isGerund(next, sentence)) {
            return Optional.of(next.lowerIn(sentence));
        }
        return field(words, last + 1, sentence);
    }

    /**
     * "The Warner brothers started in the exhibition business in 1903", "began out in the oil trade": a start in a
     * line of business is the start of that activity; the field's noun ends a short phrase after "in".
     */
    private static Optional<String> field(List<ClaimWord> words, int from, String sentence) {
        int i = from;
        if (i < words.size() && words.get(i).lowerIn(sentence).equals("out")) {
            i++;
        }
        if (i >= words.size() || !words.get(i).lowerIn(sentence).equals("in")) {
            return Optional.empty();
        }
        for (int k = i + 1; k < words.size() && k - i <= MAX_FIELD_WORDS; k++) {
            if (FIELDS.contains(words.get(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return Optional.of(sentence.substring(words.get(i + 1).start(), words.get(k).end()));
            }
            if (!Character.isLetter(sentence.charAt(words.get(k).start()))) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean isPlainVerb(ClaimWord w, String sentence) {
        return w.tag().isEmpty() ? w.lowerIn(sentence).chars().allMatch(Character::isLetter) : w.tag().equals("VB");
    }

    private static boolean isGerund(ClaimWord w, String sentence) {
        return w.tag().isEmpty() ? w.lowerIn(sentence).endsWith("ing") : w.tag().equals("VBG");
    }
}
