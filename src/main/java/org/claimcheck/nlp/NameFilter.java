package org.claimcheck.nlp;

import java.util.List;

/**
 * The prefilter's second step: decides from a kept sentence's tokens and part-of-speech tags whether the CRF name
 * tagger could change one of its dates or numbers. The CRF matters to claims in one way only: a token it tags as
 * a person, organization or location keeps that tag instead of a numeric one ("Five" in "the Shanghai Five",
 * "2008" in "Beijing 2008" when tagged as part of the name). It tags no name without a proper noun or a
 * capitalised word, so a sentence whose value tokens all stand apart from those gets exactly the same dates and
 * numbers from SUTime and the numeric rules alone; there the CRF, a sixth of the tagging time, is skipped.
 *
 * <p>It errs on the side of tagging: a value token needs the CRF when it touches a proper noun, or a capitalised
 * word inside the sentence, that is not a month or another value word ("the 2001 Treaty", "Vostok 2018",
 * "Beijing 2008", "Boeing 747"); when it is itself tagged as a proper noun or written with a capital inside the
 * sentence, and is no month, weekday or holiday ("the Shanghai Five", "World War II", "the Arab Spring"); or when
 * it mixes capitals and digits ("G20", "COVID-19"). Changing the rules changes the annotations, so any change
 * must bump {@link SentenceFilter#VERSION}.
 */
final class NameFilter {

    private NameFilter() {
    }

    /**
     * True when the CRF could tag a date or number of this sentence as (part of) a name.
     *
     * @param words the sentence's token words, in order
     * @param tags their part-of-speech tags, as many
     */
    static boolean mayNameAValue(List<String> words, List<String> tags) {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!SentenceFilter.isValueToken(w)) {
                continue;
            }
            if (isNamelike(w, tags.get(i), i) || touchesName(words, tags, i - 1) || touchesName(words, tags, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** "Five" or "II" inside a sentence, "G20", "COVID-19": a value token that is itself written as a name. */
    private static boolean isNamelike(String w, String tag, int index) {
        boolean digit = false;
        boolean capital = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            digit |= Character.isDigit(c);
            capital |= Character.isUpperCase(c);
        }
        if (digit) {
            return capital;
        }
        boolean written = isProperNoun(tag) || index > 0 && Character.isUpperCase(w.charAt(0));
        return written && !SentenceFilter.isCalendarName(w);
    }

    /**
     * A word at {@code j} that may be part of a name: a proper noun, or a capitalised word that is not the
     * sentence's first (where any word is capitalised) nor "I"; never a value word ("March", "Monday").
     */
    private static boolean touchesName(List<String> words, List<String> tags, int j) {
        if (j < 0 || j >= words.size()) {
            return false;
        }
        String w = words.get(j);
        boolean capitalised = j > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I");
        return (isProperNoun(tags.get(j)) || capitalised) && !SentenceFilter.isValueToken(w);
    }

    private static boolean isProperNoun(String tag) {
        return "NNP".equals(tag) || "NNPS".equals(tag);
    }
}
