package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.value.Amount;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.UnitKinds;

/**
 * "The 1,760-kilometer Baku–Tbilisi–Ceyhan pipeline", "the $55 billion Power of Siberia pipeline": a measure set
 * right before a subject's name modifies it, so it is a measure of that subject. No word says which one; the unit
 * does when only one of the subject's measures in the tables can hold it (one length, one cost). Without a
 * phrase the link is never firm ({@link GoverningAttribute}): a conflict goes to review.
 */
final class MeasureOnName {

    private final ReferenceIndex index;

    MeasureOnName(ReferenceIndex index) {
        this.index = index;
    }

    Optional<Link> find(Claim claim, List<SubjectCandidate> candidates) {
        if (!(claim.value() instanceof Amount amount) || UnitKinds.isPlainNumber(amount.unit())) {
            return Optional.empty();
        }
        String after = claim.sentence().substring(ClaimGeometry.valueEnd(claim)).toLowerCase(Locale.ROOT);
        for (SubjectCandidate s : candidates) {
            String name = s.matched().toLowerCase(Locale.ROOT);
            boolean modifies = !name.isEmpty() && (after.startsWith(name) || after.startsWith(" " + name));
            if (s.place().beforeSentence() || s.anaphor() || !modifies) {
                continue;
            }
            Set<String> fitting = SubjectAttributes.of(index, s.subject().id(), AttributeKind.MEASURE,
                    (a, f) -> Linker.mayHold(claim.value(), f.value()));
            if (fitting.size() != 1) {
                return Optional.empty();
            }
            String id = fitting.iterator().next();
            AttributeCandidate byUnit = new AttributeCandidate(index.findAttribute(id).orElseThrow(), Place.CLAIM,
                    false, 0, 0, "");
            return Optional.of(Link.found(s, byUnit, index.facts(s.subject().id(), id)));
        }
        return Optional.empty();
    }
}
