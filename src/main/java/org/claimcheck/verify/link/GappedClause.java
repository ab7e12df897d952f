package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * "Facebook bought Instagram in 2012 and WhatsApp in 2014": a clause that leaves its verb out keeps only the name
 * that differs and its date. That name stands where the earlier clause had whoever the verb's event is about, so
 * the event of the date after it is that name's, not the earlier clause's object ("bought" is WhatsApp's here). The
 * clause is seen in the claim's own phrases: its subject phrase stands after its predicate, right before "in" or
 * "on" and the value, after "and" or a comma.
 */
final class GappedClause {

    private GappedClause() {
    }

    /** The name a clause without its verb puts in place of the verb's owner, when the claim stands in one. */
    static Optional<String> remnant(Claim claim) {
        int[] subject = ClaimGeometry.subjectPhrase(claim);
        int[] predicate = ClaimGeometry.predicate(claim);
        if (subject == null || predicate == null || predicate[1] > subject[0]) {
            return Optional.empty();
        }
        List<String> between = TaggedWords.lowerWithin(claim, subject[1], ClaimGeometry.valueStart(claim));
        boolean dated = between.size() == 1 && (between.get(0).equals("in") || between.get(0).equals("on"));
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        int before = TaggedWords.around(words, subject[0], subject[1])[0];
        boolean coordinated = before > 0 && List.of("and", ",").contains(words.get(before).lowerIn(claim.sentence()));
        return dated && coordinated ? Optional.of(claim.subject()) : Optional.empty();
    }
}
