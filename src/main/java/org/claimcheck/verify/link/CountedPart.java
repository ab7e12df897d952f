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
 * A count of some of what a measure counts is not the measure: "the five founding members", "nine other members",
 * "all five initial member states", "1 floor below ground". Read from the words around the count and between it and
 * the measure's word.
 */
final class CountedPart {

    private CountedPart() {
    }

    /**
     * Words that make a count a part of the whole the measure counts: "the five founding members", "the first
     * five members", "nine other members", "two new members", "the original twelve nations".
     */
    private static final Set<String> PART = Set.of("founding", "founder", "original", "first", "initial", "other",
            "new", "remaining", "further", "additional", "more", "last");

    /** Words after the counted noun that keep only the part under the ground: "1 floor below ground". */
    private static final Set<String> BELOW_GROUND = Set.of("below ground", "below grade", "underground",
            "under ground", "below street");

    /** The words that make the counted value a part ({@link #PART}, {@link #BELOW_GROUND}), if any. */
    static Optional<String> of(Claim claim, AttributeCandidate a) {
        if (claim.kind() != ClaimKind.NUMBER || !a.located()) {
            return Optional.empty();
        }
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        // "All five initial member states are members of the G20": the word after the count says which of them,
        // wherever the measure's own word stands.
        String next = TaggedWords.next(claim, valueEnd).map(w -> w.lowerIn(claim.sentence())).orElse("");
        if (PART.contains(next) && !next.equals("more")) {
            return Optional.of(next);
        }
        // "49 floors above ground and 1 floor below ground": the floors under the ground are some of them
        List<String> after = TaggedWords.lowerWithin(claim, valueEnd, claim.sentence().length());
        String restriction = String.join(" ", after.subList(Math.min(1, after.size()), Math.min(3, after.size())));
        for (String below : BELOW_GROUND) {
            if (restriction.equals(below) || restriction.startsWith(below + " ")) {
                return Optional.of(below);
            }
        }
        if (a.start() < valueEnd) {
            return Optional.empty();
        }
        List<String> between = TaggedWords.lowerWithin(claim, valueEnd, a.start());
        if (between.size() <= 2) {
            for (String w : between) {
                if (PART.contains(w)) {
                    return Optional.of(w);
                }
            }
        }
        List<ClaimWord> before = TaggedWords.within(claim, 0, valueStart);
        String last = before.isEmpty() ? "" : before.get(before.size() - 1).lowerIn(claim.sentence());
        return PART.contains(last) && !last.equals("more") ? Optional.of(last) : Optional.empty();
    }
}
