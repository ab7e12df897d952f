package org.claimcheck.verify.link;

import java.util.List;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Units;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * A figure followed at once by "of the" and the measure's own word is a part of that measure, not the measure: "A
 * cool $1 billion of the settlement is to settle allegations under the False Claims Act", "30 km of its length
 * runs through the desert". A percentage is left alone: "48.2% of the vote" is how a share is written.
 */
final class PartOfMeasure {

    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "this", "that", "his", "her");

    private PartOfMeasure() {
    }

    static boolean of(Claim claim, AttributeCandidate a) {
        if (!a.located() || claim.value() instanceof Amount amount && amount.unit().equals(Units.percent())) {
            return false;
        }
        int valueEnd = ClaimGeometry.valueEnd(claim);
        if (a.start() < valueEnd) {
            return false;
        }
        List<String> between = TaggedWords.lowerWithin(claim, valueEnd, a.start());
        return between.size() == 2 && between.get(0).equals("of") && DETERMINERS.contains(between.get(1));
    }
}
