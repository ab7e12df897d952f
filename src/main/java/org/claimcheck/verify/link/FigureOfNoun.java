package org.claimcheck.verify.link;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.nlp.Lemmas;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * A figure written between a determiner and the common noun it describes is that noun's: "Mobil, the leader in the
 * $184.5 billion oil industry, purchased Exxon" gives the industry's size, not the deal's value; "a $73.7 billion
 * deal", "the 2,000 km pipeline" are the deal's and the pipeline's. The figure is a fact's only when that noun is
 * a word of the subject's names or of the attribute's phrases. A figure after a common noun and "of" is that
 * noun's too ("an income of $156 million" is an income, not a cost). Read from the tagger's parts of speech; a claim
 * whose sentence was not tagged, or a proper name after the figure ("the $55 billion Power of Siberia"), is left to
 * the other rules.
 */
final class FigureOfNoun {

    private static final Set<String> DETERMINERS = Set.of("DT", "PRP$", "POS");
    /** Nouns that frame a figure without naming a measure: "a total of", "a record of", "to the tune of". */
    private static final Set<String> FRAMES = Set.of("total", "sum", "amount", "figure", "level", "record", "high",
            "peak", "tune", "average", "estimate", "maximum", "minimum", "number", "count", "value", "excess",
            "upwards", "range", "order", "quantity", "tally", "rate");

    private FigureOfNoun() {
    }

    /** The common noun phrase the figure describes ("oil industry"), if it stands between a determiner and one. */
    static Optional<String> of(Claim claim) {
        if (claim.kind() == ClaimKind.DATE) {
            return Optional.empty();
        }
        List<ClaimWord> words = claim.words();
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        int[] around = TaggedWords.around(words, valueStart, valueEnd);
        int before = around[0];
        int after = around[1];
        if (before >= 1 && words.get(before).lowerIn(claim.sentence()).equals("of")) {
            return nounOf(claim, words, before - 1);
        }
        if (before < 0 || after < 0 || !DETERMINERS.contains(words.get(before).tag())) {
            return Optional.empty();
        }
        int last = -1;
        for (int i = after; i < words.size(); i++) {
            String tag = words.get(i).tag();
            if (words.get(i).isCommonNoun()) {
                last = i;
            } else if (!tag.startsWith("JJ") || last >= 0) {
                if (tag.startsWith("NNP")) {
                    return Optional.empty(); // "the $55 billion Power of Siberia": a name
                }
                break;
            }
        }
        return last < 0 ? Optional.empty()
                : Optional.of(claim.sentence().substring(words.get(after).start(), words.get(last).end()));
    }

    /**
     * "Generated an income of $156 million": the common noun right before "of" and the figure, after a determiner
     * or an adjective, is what the figure measures. Words that only frame a figure ("a total of", "a record of",
     * "to the tune of") measure nothing of their own.
     */
    private static Optional<String> nounOf(Claim claim, List<ClaimWord> words, int noun) {
        ClaimWord w = words.get(noun);
        boolean opened = noun >= 1 && (DETERMINERS.contains(words.get(noun - 1).tag())
                || words.get(noun - 1).tag().startsWith("JJ"));
        if (!w.isCommonNoun() || !opened || FRAMES.contains(w.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(claim.sentence().substring(w.start(), w.end()));
    }

    /** Whether a word of {@code noun} is a word of the subject's names or of the attribute's phrases, by lemma. */
    static boolean namesTheFact(String noun, Subject subject, Attribute attribute) {
        Set<String> known = new HashSet<>();
        SubjectNames.of(subject).forEach(n -> addLemmas(n, known));
        attribute.phrases().forEach(p -> addLemmas(p, known));
        Set<String> described = new HashSet<>();
        addLemmas(noun, described);
        described.retainAll(known);
        return !described.isEmpty();
    }

    private static void addLemmas(String text, Set<String> into) {
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 1) {
                into.add(Lemmas.of(word));
            }
        }
    }
}
