package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.nlp.Lemmas;
import org.claimcheck.reference.Attribute;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * A figure that states by how much something changed, not its level: "trade rose by $20 billion in 2021",
 * "was $20 billion higher than in 2020", "up $20 billion", "an increase of $20 billion". Such a figure is no
 * value of a measure that records levels (the year's trade); only an attribute that itself records a change
 * ("GDP growth", "increase in military spending") may judge it. Read from the claim's words and lemmas.
 */
final class ChangeFigure {

    /** Verbs and nouns of change that "by" follows: "rose by", "an increase by", "cut by". */
    private static final Set<String> CHANGES = Set.of("rise", "increase", "grow", "growth", "fall", "decrease",
            "decline", "drop", "jump", "climb", "surge", "expand", "expansion", "shrink", "contract", "contraction",
            "cut", "reduce", "reduction", "raise", "boost", "lift", "gain", "lose", "loss", "slump", "plunge",
            "soar", "swell", "widen", "narrow", "exceed", "surpass", "outpace", "beat", "up", "down", "change");

    /** Comparatives that, with "than" after the figure, make it a difference: "$20 billion higher than". */
    private static final Set<String> COMPARATIVES = Set.of("higher", "lower", "more", "less", "greater", "larger",
            "smaller", "bigger", "fewer");

    /** How far "than" may follow the comparative: "higher in the first half of 2021 than". */
    private static final int MAX_BEFORE_THAN = 6;

    private static final Set<String> HEDGES = Set.of("about", "some", "nearly", "almost", "around", "roughly",
            "approximately", "over", "only", "just", "another", "a", "an", "further", "additional", "extra");

    private ChangeFigure() {
    }

    /** The words that make the figure a change ("rose by", "higher than"), if any. */
    static Optional<String> of(Claim claim) {
        if (claim.kind() == ClaimKind.DATE) {
            return Optional.empty();
        }
        String sentence = claim.sentence();
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        int[] around = TaggedWords.around(words, valueStart, valueEnd);
        int before = around[0];
        int after = around[1];
        // Skip the hedges right before the figure: "rose by about $20 billion", "an increase of some 4%".
        int b = before;
        while (b >= 0 && HEDGES.contains(words.get(b).lowerIn(sentence))) {
            b--;
        }
        if (b >= 0 && (words.get(b).lowerIn(sentence).equals("up") || words.get(b).lowerIn(sentence).equals("down"))
                && (after < 0 || !words.get(after).lowerIn(sentence).equals("to"))) {
            return Optional.of(sentence.substring(words.get(b).start(), words.get(b).end())); // "up $20 billion"
        }
        String connector = b >= 1 ? words.get(b).lowerIn(sentence) : "";
        ClaimWord changed = b >= 1 ? words.get(b - 1) : null;
        boolean by = connector.equals("by");
        if (by && !CHANGES.contains(changed.lemma().toLowerCase(Locale.ROOT))) {
            changed = verbBeforeObject(words, b - 1).orElse(changed); // "boost Qatar's capacity by 48"
        }
        // "an increase of $20 billion": a noun of change; not "made up of 54 members"
        boolean of = connector.equals("of") && changed != null && (changed.isNoun() || changed.tag().isEmpty())
                && !changed.lowerIn(sentence).equals("up") && !changed.lowerIn(sentence).equals("down");
        if ((by || of) && CHANGES.contains(changed.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.of(sentence.substring(changed.start(), words.get(b).end())); // "rose by"
        }
        if (after >= 0 && COMPARATIVES.contains(words.get(after).lowerIn(sentence))
                && sentence.substring(valueEnd, words.get(after).start()).isBlank()) {
            // "$20 billion higher than in 2020", "$20 billion more in 2021 than the year before"
            for (int j = after + 1; j < words.size() && j <= after + MAX_BEFORE_THAN; j++) {
                if (words.get(j).lowerIn(sentence).equals("than")) {
                    return Optional.of(sentence.substring(words.get(after).start(), words.get(after).end()) + " than");
                }
            }
        }
        return Optional.empty();
    }

    /** How many words the object of a verb of change may have before "by": "raised the key rate by". */
    private static final int MAX_OBJECT_WORDS = 5;

    /**
     * The verb of change whose object ends at word {@code end}: "boost Qatar's export capacity", "cut its output",
     * read over the tagger's noun-phrase words only (so a claim without tags has none).
     */
    private static Optional<ClaimWord> verbBeforeObject(List<ClaimWord> words, int end) {
        for (int i = end; i >= 0 && end - i < MAX_OBJECT_WORDS; i--) {
            ClaimWord w = words.get(i);
            String tag = w.tag();
            boolean nounPhrase = tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS")
                    || tag.equals("PRP$");
            if (!nounPhrase) {
                return w.isVerb() && CHANGES.contains(w.lemma().toLowerCase(Locale.ROOT)) && i < end
                        ? Optional.of(w) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the attribute itself records a change ("GDP growth", "increase in military spending"). */
    static boolean recordsChange(Attribute attribute) {
        for (String phrase : attribute.phrases()) {
            for (String word : phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty() && CHANGES.contains(Lemmas.of(word))) {
                    return true;
                }
            }
        }
        return false;
    }
}
