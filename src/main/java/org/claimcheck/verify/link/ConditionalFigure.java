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
 * A figure the sentence states under a condition of what it counts: "7,062 kilometres when certain tributaries are
 * included in the measurement", "2.1 million barrels a day if condensate is counted", "313.8 tons (excluding
 * secondary production)". It measures the subject by another definition than the tables may use, so a conflict
 * is for review, not a contradiction. Read from the words after the figure, up to the end of its clause, past a
 * bracket right after it ("(4,345 miles)").
 */
final class ConditionalFigure {

    /** Verbs that say what a measure takes in, by lemma: "included", "counted", "excluding". */
    private static final Set<String> TAKING_IN = Set.of("include", "exclude", "count", "add");
    private static final Set<String> CONDITIONS = Set.of("when", "if", "once");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "!", "?");
    private static final Set<String> DIMENSIONS = Set.of("long", "wide", "high", "deep", "tall", "thick");
    /** How many words may lie between "when" or "if" and its participle: "certain tributaries are". */
    private static final int MAX_CONDITION_WORDS = 6;

    private ConditionalFigure() {
    }

    /** The words that set the condition ("when certain tributaries are included"), if any. */
    static Optional<String> of(Claim claim) {
        if (claim.kind() == ClaimKind.DATE) {
            return Optional.empty();
        }
        String sentence = claim.sentence();
        int valueEnd = ClaimGeometry.valueEnd(claim);
        List<ClaimWord> after = TaggedWords.orLemmatized(claim).stream().filter(w -> w.start() >= valueEnd).toList();
        int i = 0;
        if (after.size() > 1 && after.get(0).lowerIn(sentence).equals("(")) {
            // "(excluding secondary production)" sets a condition; "(4,345 miles)" is passed over
            i = takesIn(after.get(1), sentence) ? 1 : skipBracket(after, sentence);
        }
        if (i < after.size() && DIMENSIONS.contains(after.get(i).lowerIn(sentence))) {
            i++; // "7,062 kilometres long including …"
        }
        if (i >= after.size()) {
            return Optional.empty();
        }
        ClaimWord first = after.get(i);
        if (takesIn(first, sentence)) {
            return Optional.of(phrase(sentence, first, after, i + 1));
        }
        if (!CONDITIONS.contains(first.lowerIn(sentence))) {
            return Optional.empty();
        }
        for (int k = i + 1; k < after.size() && k - i <= MAX_CONDITION_WORDS + 1; k++) {
            ClaimWord w = after.get(k);
            if (CLAUSE_ENDS.contains(w.lowerIn(sentence)) || w.lowerIn(sentence).equals(",")) {
                break;
            }
            if (TAKING_IN.contains(w.lemma()) && TaggedWords.isPastForm(w, sentence)) {
                return Optional.of(sentence.substring(first.start(), w.end()));
            }
        }
        return Optional.empty();
    }

    /** "Including", "excluding", "counting": a gerund of taking in. */
    private static boolean takesIn(ClaimWord w, String sentence) {
        String lower = w.lowerIn(sentence);
        boolean gerund = w.tag().equals("VBG") || w.tag().isEmpty() && lower.endsWith("ing");
        return lower.equals("including") || lower.equals("excluding") || TAKING_IN.contains(w.lemma()) && gerund;
    }

    /** The index after a bracketed aside that opens the words, or 0 when they open with none. */
    private static int skipBracket(List<ClaimWord> words, String sentence) {
        if (words.isEmpty() || !words.get(0).lowerIn(sentence).equals("(")) {
            return 0;
        }
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).lowerIn(sentence).equals(")")) {
                return k + 1;
            }
        }
        return 0;
    }

    /** From {@code first} to the last word before a clause end or a closing bracket. */
    private static String phrase(String sentence, ClaimWord first, List<ClaimWord> words, int from) {
        ClaimWord last = first;
        for (int k = from; k < words.size(); k++) {
            String w = words.get(k).lowerIn(sentence);
            if (CLAUSE_ENDS.contains(w) || w.equals(")") || w.equals(",")) {
                break;
            }
            last = words.get(k);
        }
        return sentence.substring(first.start(), last.end());
    }
}
