package org.claimcheck.verify.words;

import java.util.List;
import java.util.Locale;
import org.claimcheck.extract.Claim;

/** Where a claim's value and subject phrase stand inside its sentence, as offsets into the sentence text. */
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
     * The subject phrase's {@code [start, end)} in the sentence, the occurrence nearest the value when it occurs
     * more than once; null when the claim has no subject phrase or the sentence does not contain it.
     */
    public static int[] subjectPhrase(Claim claim) {
        return claim.findSubject().map(p -> locate(claim, p)).orElse(null);
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
        return claim.findPredicate().map(p -> locate(claim, p)).orElse(null);
    }

    private static int[] locate(Claim claim, String phrase) {
        String sentence = claim.sentence().toLowerCase(Locale.ROOT);
        String needle = phrase.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        int value = valueStart(claim);
        int[] best = null;
        for (int i = sentence.indexOf(needle); i >= 0; i = sentence.indexOf(needle, i + 1)) {
            if (best == null || Math.abs(i - value) < Math.abs(best[0] - value)) {
                best = new int[] {i, i + needle.length()};
            }
        }
        return best;
    }

    private static int clamp(Claim claim, int offset) {
        return Math.max(0, Math.min(offset, claim.sentence().length()));
    }
}
