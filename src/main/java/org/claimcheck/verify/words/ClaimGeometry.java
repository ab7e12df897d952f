package org.claimcheck.verify.words;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Phrase;

/**
 * Where a claim's value, subject phrase and predicate stand inside its sentence, as offsets into the sentence text.
 */
public final class ClaimGeometry {

    private ClaimGeometry() {
    }

    public static int valueStart(Claim claim) {
        return clamp(claim, claim.span().start() - claim.sentenceSpan().start());
    }

    public static int valueEnd(Claim claim) {
        return clamp(claim, claim.span().end() - claim.sentenceSpan().start());
    }

    /**
     * The subject phrase's {@code [start, end)} in the sentence, where extraction read it; null when the claim has
     * no subject phrase or the phrase has no place in the sentence.
     */
    public static int[] subjectPhrase(Claim claim) {
        return inSentence(claim, claim.subjectPhrase());
    }

    /**
     * Whether the value is a date set on the subject phrase by "in" or "on" right after it: "the exercise Zapad
     * 2021 in September 2021 involved …" (the phrase is the subject of a verb after the value).
     */
    public static boolean datesSubjectPhrase(Claim claim) {
        int[] phrase = subjectPhrase(claim);
        if (phrase == null || phrase[1] > valueStart(claim)) {
            return false;
        }
        int[] predicate = predicate(claim);
        boolean verbAfter = predicate != null && predicate[0] >= valueEnd(claim);
        List<String> between = TaggedWords.within(claim, phrase[1], valueStart(claim)).stream()
                .map(w -> claim.sentence().substring(w.start(), w.end())).toList();
        String gap = claim.sentence().substring(phrase[1], valueStart(claim));
        return verbAfter && between.size() == 1 && (between.get(0).equals("in") || between.get(0).equals("on"))
                && gap.strip().equals(between.get(0));
    }

    /** Like {@link #subjectPhrase} for the predicate. */
    public static int[] predicate(Claim claim) {
        return inSentence(claim, claim.predicatePhrase());
    }

    /** The phrase's {@code [start, end)} in the claim's sentence, or null when the phrase has no place there. */
    private static int[] inSentence(Claim claim, Phrase phrase) {
        if (phrase == null || phrase.span() == null || !claim.sentenceSpan().contains(phrase.span())) {
            return null;
        }
        int at = claim.sentenceSpan().start();
        return new int[] {phrase.span().start() - at, phrase.span().end() - at};
    }

    private static int clamp(Claim claim, int offset) {
        return Math.max(0, Math.min(offset, claim.sentence().length()));
    }
}
