package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * A figure that says how much of a count is done, not what it found: "with nearly 60% of the vote counted", "over
 * 80% of the ballots have been counted", "with 600 of 650 seats declared". It is no result, share or total of the
 * election it reports on. Read from the words after the figure and their lemmas.
 */
final class CountProgress {

    /** Verbs of a count in progress, by lemma: "counted", "tallied", "reported", "declared", "processed". */
    private static final Set<String> COUNTING = Set.of("count", "tally", "report", "declare", "process");
    private static final Set<String> AUXILIARIES = Set.of("be", "have");
    /** How many words may name what is counted: "the votes cast", "all precincts". */
    private static final int MAX_NOUN_WORDS = 4;

    private CountProgress() {
    }

    /** The words that make the figure a count's progress ("of the vote counted"), if any. */
    static Optional<String> of(Claim claim) {
        if (claim.kind() == ClaimKind.DATE) {
            return Optional.empty();
        }
        String sentence = claim.sentence();
        int valueEnd = ClaimGeometry.valueEnd(claim);
        List<ClaimWord> words = TaggedWords.orLemmatized(claim).stream().filter(w -> w.start() >= valueEnd).toList();
        if (words.isEmpty() || !words.get(0).lowerIn(sentence).equals("of")) {
            return Optional.empty();
        }
        int i = 1;
        int nouns = 0;
        while (i < words.size() && nouns < MAX_NOUN_WORDS && !COUNTING.contains(words.get(i).lemma())
                && Character.isLetter(sentence.charAt(words.get(i).start()))) {
            i++;
            nouns++;
        }
        while (i < words.size() && AUXILIARIES.contains(words.get(i).lemma())) {
            i++;
        }
        boolean participle = i < words.size() && COUNTING.contains(words.get(i).lemma())
                && TaggedWords.isPastForm(words.get(i), sentence);
        return nouns > 0 && participle
                ? Optional.of(sentence.substring(words.get(0).start(), words.get(i).end())) : Optional.empty();
    }
}
