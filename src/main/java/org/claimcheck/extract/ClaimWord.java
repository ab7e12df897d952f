package org.claimcheck.extract;

import java.util.Objects;

/**
 * One word of a claim's sentence as the tagger read it: where it stands in the sentence (offsets into {@link
 * Claim#sentence()}), its lemma and its part-of-speech tag (Penn Treebank: "NN", "VBD", "NNP"…). Verification
 * reads these instead of guessing a word's role from its spelling.
 */
public record ClaimWord(int start, int end, String lemma, String tag) {

    public ClaimWord {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tag, "tag");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad word offsets " + start + ".." + end);
        }
    }

    /** The word as {@code sentence} (the claim's sentence) writes it, in lower case. */
    public String lowerIn(String sentence) {
        return sentence.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** A noun of any kind, common or proper, singular or plural. */
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** A common noun, singular or plural ("construction", "members"), not a proper one. */
    public boolean isCommonNoun() {
        return tag.equals("NN") || tag.equals("NNS");
    }

    /** A verb of any form. */
    public boolean isVerb() {
        return tag.startsWith("VB");
    }
}
