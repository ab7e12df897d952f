package org.claimcheck.verify.judge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * Recognises a figure stated for an earlier state of its subject ("When built, the canal was 164 km long",
 * "when it was finished, the canal had a length of 164 km", "originally 8 m deep"). A table figure without a
 * period is the subject's as the source gives it today, so it can neither support nor contradict such a figure.
 * Read from the claim's words and their lemmas, before the value.
 */
final class PastStates {

    /** Adverbs that set a figure at the start: "originally", "initially". */
    private static final Set<String> AT_FIRST = Set.of("originally", "initially");

    /** What "at" names as the earlier state: "at first", "at the time", "at the outset", "at its opening". */
    private static final List<List<String>> AT_PHRASES = List.of(List.of("first"), List.of("the", "time"),
            List.of("the", "outset"), List.of("its", "opening"));

    /** Events that end the earlier state "when" names: "when built", "when the canal opened". */
    private static final Set<String> COMPLETIONS = Set.of("build", "finish", "complete", "construct", "open",
            "launch", "inaugurate", "found", "create", "new");

    /** Words that may stand between "when" and its event: "when it was", "when the canal", "when they were". */
    private static final Set<String> BETWEEN = Set.of("it", "they", "the", "be", "first");

    private static final int MAX_BETWEEN = 3;

    private PastStates() {
    }

    /** The words that set the figure at an earlier state ("When built"), if the sentence has them before it. */
    static Optional<String> marker(Claim claim) {
        String sentence = claim.sentence();
        int valueStart = ClaimGeometry.valueStart(claim);
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        for (int i = 0; i < words.size() && words.get(i).end() <= valueStart; i++) {
            int last = markerEnd(words, i, sentence, valueStart);
            if (last >= 0) {
                return Optional.of(sentence.substring(words.get(i).start(), words.get(last).end()));
            }
        }
        return Optional.empty();
    }

    /** The index of the last word of a marker that starts at word {@code i}, or -1. */
    private static int markerEnd(List<ClaimWord> words, int i, String sentence, int valueStart) {
        String word = words.get(i).lowerIn(sentence);
        if (AT_FIRST.contains(word)) {
            return i;
        }
        if (word.equals("at")) {
            for (List<String> phrase : AT_PHRASES) {
                int last = i + phrase.size();
                if (last < words.size() && words.get(last).end() <= valueStart && follows(words, i + 1, phrase, sentence)) {
                    return last;
                }
            }
            return -1;
        }
        if (!word.equals("when")) {
            return -1;
        }
        for (int j = i + 1; j < words.size() && j <= i + 1 + MAX_BETWEEN && words.get(j).end() <= valueStart; j++) {
            ClaimWord w = words.get(j);
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (COMPLETIONS.contains(lemma) && (w.tag().isEmpty() || w.isVerb() || lemma.equals("new"))) {
                return j;
            }
            boolean between = BETWEEN.contains(lemma) || (w.isNoun() || w.tag().isEmpty()) && j == i + 2;
            if (!between) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean follows(List<ClaimWord> words, int from, List<String> phrase, String sentence) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(from + k).lowerIn(sentence).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
