package org.claimcheck.extract;

import java.util.Locale;
import java.util.Objects;
import org.claimcheck.text.Span;

/**
 * A phrase of a claim's sentence that extraction read as its subject or predicate: its words, white space made
 * one space ("the Power of Siberia pipeline", "began operations"), and the tokens it was read from, as a span of
 * the article text. Verification takes the phrase's place from here instead of searching the sentence for it.
 *
 * @param span where the phrase's tokens stand in the article text; null only for a phrase given by hand that its
 *     sentence does not contain
 */
public record Phrase(String text, Span span) {

    public Phrase {
        Objects.requireNonNull(text, "text");
    }

    /**
     * A phrase given as words only (a claim built by hand): placed at its occurrence in the sentence nearest the
     * value, or unplaced when the sentence does not contain it; null for a null phrase.
     *
     * @param sentenceStart where the sentence starts in the article text
     * @param valueAt where the claim's value starts in the sentence
     */
    static Phrase placed(String phrase, String sentence, int sentenceStart, int valueAt) {
        if (phrase == null) {
            return null;
        }
        String haystack = sentence.toLowerCase(Locale.ROOT);
        String needle = phrase.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return new Phrase(phrase, null);
        }
        int best = -1;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - valueAt) < Math.abs(best - valueAt)) {
                best = i;
            }
        }
        Span span = best < 0 ? null : new Span(sentenceStart + best, sentenceStart + best + needle.length());
        return new Phrase(phrase, span);
    }
}
