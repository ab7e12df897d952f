package org.claimcheck.verify.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.nlp.Lemmas;

/** Finds the tagger's words of a claim's sentence by their place in it. */
public final class TaggedWords {

    private TaggedWords() {
    }

    /**
     * The claim's words as the tagger read them; for a claim whose sentence was not tagged (one built by hand),
     * its words with their untagged lemmas and an empty tag, and each punctuation mark as a word of its own as the
     * tagger would give it, so a rule reads either the same way.
     */
    public static List<ClaimWord> orLemmatized(Claim claim) {
        if (!claim.words().isEmpty()) {
            return claim.words();
        }
        String sentence = claim.sentence();
        List<ClaimWord> words = new ArrayList<>();
        int at = 0;
        for (Word w : Words.of(sentence)) {
            addMarks(sentence, at, w.start(), words);
            String surface = sentence.substring(w.start(), w.end()).toLowerCase(Locale.ROOT);
            // "Israel's": the tagger gives the possessive "'s" as a word of its own.
            boolean possessive = surface.length() > 2 && (surface.endsWith("'s") || surface.endsWith("’s"));
            int end = possessive ? w.end() - 2 : w.end();
            words.add(new ClaimWord(w.start(), end, Lemmas.of(sentence.substring(w.start(), end)
                    .toLowerCase(Locale.ROOT)), ""));
            if (possessive) {
                words.add(new ClaimWord(end, w.end(), surface.substring(surface.length() - 2), ""));
            }
            at = w.end();
        }
        addMarks(sentence, at, sentence.length(), words);
        return words;
    }

    private static void addMarks(String sentence, int from, int to, List<ClaimWord> words) {
        for (int i = from; i < to; i++) {
            char c = sentence.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isLetterOrDigit(c)) {
                words.add(new ClaimWord(i, i + 1, String.valueOf(c), ""));
            }
        }
    }

    /**
     * The indices in {@code words} of the last word ending at or before {@code [start, end)} of the sentence and of the
     * first word starting at or after it, -1 for none: the words just before and just after a value.
     */
    public static int[] around(List<ClaimWord> words, int start, int end) {
        int before = -1;
        int after = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() <= start) {
                before = i;
            } else if (after < 0 && words.get(i).start() >= end) {
                after = i;
            }
        }
        return new int[] {before, after};
    }

    /**
     * The words of the claim's sentence ({@link #orLemmatized}) that lie wholly within {@code [from, to)}, marks
     * included.
     */
    public static List<ClaimWord> within(Claim claim, int from, int to) {
        return orLemmatized(claim).stream().filter(w -> w.start() >= from && w.end() <= to).toList();
    }

    /** The words {@link #within} gives, each as the sentence writes it, in lower case ("in", ",", "the"). */
    public static List<String> lowerWithin(Claim claim, int from, int to) {
        return within(claim, from, to).stream().map(w -> w.lowerIn(claim.sentence())).toList();
    }

    /** The first word that starts at or after {@code offset} with nothing but space before it, if any. */
    public static java.util.Optional<ClaimWord> next(Claim claim, int offset) {
        return orLemmatized(claim).stream().filter(w -> w.start() >= offset).findFirst()
                .filter(w -> claim.sentence().substring(offset, w.start()).isBlank());
    }

    /** The index in {@link Claim#words()} of the word that spans exactly {@code [start, end)} of the sentence. */
    public static OptionalInt indexOf(Claim claim, int start, int end) {
        return indexOf(claim.words(), start, end);
    }

    /** The index in {@code words} (a sentence's, in order) of the word that spans exactly {@code [start, end)}. */
    public static OptionalInt indexOf(List<ClaimWord> words, int start, int end) {
        int i = firstAtOrAfter(words, start, ClaimWord::start);
        return i < words.size() && words.get(i).start() == start && words.get(i).end() == end ? OptionalInt.of(i)
                : OptionalInt.empty();
    }

    /** The first of the words, in sentence order, whose {@code key} is at least {@code value}. */
    private static int firstAtOrAfter(List<ClaimWord> words, int value, ToIntFunction<ClaimWord> key) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(words.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the word ending at {@code end} is an adjective and the next word a noun it describes ("military" in
     * "military vehicles"); false when it is not known.
     */
    public static boolean adjectiveBeforeNoun(Claim claim, int end) {
        List<ClaimWord> words = claim.words();
        int i = firstAtOrAfter(words, end, ClaimWord::end);
        return i + 1 < words.size() && words.get(i).end() == end && words.get(i).tag().startsWith("JJ")
                && words.get(i + 1).isNoun();
    }

    /** Whether the word at {@code [start, end)} is tagged {@code tag} ("VBG"); false when it is not known. */
    public static boolean isTagged(Claim claim, int start, int end, String tag) {
        OptionalInt i = indexOf(claim, start, end);
        return i.isPresent() && claim.words().get(i.getAsInt()).tag().equals(tag);
    }

    /**
     * Whether {@code w} is a verb's past form ("counted", "included"): tagged VBN or VBD, or, untagged, a word ending
     * in "-ed".
     */
    public static boolean isPastForm(ClaimWord w, String sentence) {
        return w.tag().equals("VBN") || w.tag().equals("VBD")
                || w.tag().isEmpty() && w.lowerIn(sentence).endsWith("ed");
    }
}
