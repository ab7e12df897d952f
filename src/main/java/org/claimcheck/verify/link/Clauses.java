package org.claimcheck.verify.link;

import java.util.List;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.TaggedWords;

/**
 * Whether two places in a claim's sentence stand in the same clause: no word between them that starts another one
 * (a comma, semicolon, colon, bracket, spaced dash, or "while", "whereas", "but", "although", "which", "when",
 * "before", "after"). A name in the value's own clause is a better link than a nearer one across a boundary: in
 * "Power of Siberia began operations in 2019, while Nord Stream 2 …" the 2019 is Power of Siberia's. Read from the
 * sentence's words as the tagger split them (a comma inside "3,000" is no boundary).
 */
final class Clauses {

    private static final Set<String> MARKS = Set.of(",", ";", ":", "(", ")", "[", "]");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    private static final Set<String> OPENERS = Set.of("while", "whereas", "but", "although", "though", "which", "when",
            "before", "after");
    /** "began operations before 2020": a "before" or "after" right before the value qualifies it, ending no clause. */
    private static final Set<String> QUALIFIERS = Set.of("before", "after");

    private Clauses() {
    }

    /** Where the clause that holds {@code offset} begins: just after the last boundary before it, or 0. */
    static int startBefore(Claim claim, int offset) {
        int start = 0;
        for (ClaimWord w : TaggedWords.orLemmatized(claim)) {
            if (w.end() > offset) {
                break;
            }
            if (isBoundary(claim, w)) {
                start = w.end();
            }
        }
        return start;
    }

    /** Whether the words between {@code [start, end)} and {@code [from, to)} hold no clause boundary. */
    static boolean same(Claim claim, int start, int end, int from, int to) {
        int gapStart = end <= from ? end : to;
        int gapEnd = end <= from ? from : start;
        if (gapEnd <= gapStart) {
            return true;
        }
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= gapStart && words.get(i).end() <= gapEnd) {
                last = i;
            }
        }
        for (int i = 0; i <= last; i++) {
            ClaimWord w = words.get(i);
            boolean qualifier = i == last && QUALIFIERS.contains(w.lowerIn(claim.sentence()));
            if (w.start() >= gapStart && w.end() <= gapEnd && !qualifier && isBoundary(claim, w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBoundary(Claim claim, ClaimWord w) {
        String word = w.lowerIn(claim.sentence());
        return MARKS.contains(word) || OPENERS.contains(word) || DASHES.contains(word) && spaced(claim.sentence(), w);
    }

    /** A dash with a space on either side sets off a clause; one that joins two words ("Russia-China") does not. */
    private static boolean spaced(String sentence, ClaimWord w) {
        return w.start() > 0 && Character.isWhitespace(sentence.charAt(w.start() - 1)) && w.end() < sentence.length()
                && Character.isWhitespace(sentence.charAt(w.end()));
    }
}
