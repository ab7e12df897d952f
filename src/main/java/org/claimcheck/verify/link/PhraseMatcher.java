package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.verify.words.Stems;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Finds a vocabulary phrase in a text by word stems, so inflections match ("signing" for "signed", "began
 * operations" for "begin operating"), allowing one article or possessive between the phrase's words ("began
 * its operations").
 */
final class PhraseMatcher {

    private static final Set<String> SKIPPABLE = Set.of("the", "a", "an", "its", "their", "his", "her", "our");

    private PhraseMatcher() {
    }

    static List<String> stems(String phrase) {
        return Words.of(phrase).stream().map(w -> Stems.of(w.text())).toList();
    }

    static List<String> stemsOf(List<Word> text) {
        return text.stream().map(w -> Stems.of(w.text())).toList();
    }

    static List<NameMatch> find(List<String> phraseStems, List<Word> text) {
        return find(phraseStems, text, stemsOf(text));
    }

    /** Like {@link #find(List, List)} with the text's stems computed once by the caller. */
    static List<NameMatch> find(List<String> phraseStems, List<Word> text, List<String> textStems) {
        List<NameMatch> found = new ArrayList<>();
        if (phraseStems.isEmpty()) {
            return found;
        }
        for (int i = 0; i < text.size(); i++) {
            int end = matchAt(phraseStems, text, textStems, i);
            if (end >= 0) {
                found.add(new NameMatch(text.get(i).start(), text.get(end).end(), phraseStems.size(), true));
            }
        }
        return found;
    }

    /** The index of the last text word of a match starting at {@code i}, or -1. */
    private static int matchAt(List<String> phrase, List<Word> text, List<String> textStems, int i) {
        int t = i;
        for (int p = 0; p < phrase.size(); p++) {
            if (p > 0 && t < text.size() && !textStems.get(t).equals(phrase.get(p))
                    && SKIPPABLE.contains(text.get(t).text())) {
                t++;
            }
            if (t >= text.size() || !textStems.get(t).equals(phrase.get(p))) {
                return -1;
            }
            t++;
        }
        return t - 1;
    }
}
