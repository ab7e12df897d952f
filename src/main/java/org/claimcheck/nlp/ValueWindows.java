package org.claimcheck.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The prefilter's third step: the stretches of a kept sentence that SUTime and the numeric rules need to see.
 * Their cost grows with every token they look at, and a date or number is written within a few words of a token
 * that may be part of one ({@link SentenceFilter#isValueToken}: "2019", "$", "billion", "March", "year", "ago"),
 * so each such token with {@link #REACH} tokens either side, stretches that touch or overlap merged, is tagged
 * and the rest of the sentence is not. Part-of-speech tags still come from the whole sentence, and a sentence the
 * {@link NameFilter} sends to the CRF is tagged whole. Changing the reach changes the annotations, so any change
 * must bump {@link SentenceFilter#VERSION}.
 */
final class ValueWindows {

    /** Tokens either side of a value token: "the first half of 2022", "from 22 to 24 October 2024". */
    static final int REACH = 4;

    private ValueWindows() {
    }

    /**
     * Words that keep no sentence alone but that SUTime and the numeric rules read in a kept one: the present, past
     * or future ("the present membership … consists of 6 countries" is a figure for now), ordinals ("its first
     * summit") and rhythms ("quarterly").
     */
    private static final Set<String> REFERENCE_WORDS = Set.of("now", "present", "presently", "current", "currently",
            "recent", "recently", "previous", "previously", "past", "future", "once", "nowadays", "formerly", "former",
            "lately", "soon", "then", "meanwhile", "earlier", "later", "since", "until", "update",
            "first", "second", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "quarterly", "biannual",
            "bi-annual", "semiannual", "semi-annual", "biennial", "hourly");

    /** The stretches {@code [from, to)} of the sentence (its token words, in order) to tag, in order. */
    static List<int[]> of(List<String> words) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!SentenceFilter.isValueToken(words.get(i))
                    && !REFERENCE_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int from = Math.max(0, i - REACH);
            int to = Math.min(words.size(), i + REACH + 1);
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                out.add(new int[] {from, to});
            }
        }
        return out;
    }
}
