package org.claimcheck.verify;

import java.util.List;
import org.claimcheck.reference.Fact;

/**
 * A claim linked to one subject and one attribute, with every fact the tables hold for that pair (all periods
 * and vintages). {@code assumption} says why the attribute was assumed rather than found, or is null.
 */
record Link(SubjectCandidate subject, AttributeCandidate attribute, List<Fact> facts, String assumption) {

    Link {
        facts = List.copyOf(facts);
    }

    /** Subject's rank first (claim's own words, direct naming, nearness), then the attribute's. */
    static int compare(Link a, Link b) {
        int bySubject = SubjectCandidate.BEST_FIRST.compare(a.subject, b.subject);
        return bySubject != 0 ? bySubject : AttributeCandidate.BEST_FIRST.compare(a.attribute, b.attribute);
    }

    String subjectId() {
        return subject.subject().id();
    }

    String attributeId() {
        return attribute.attribute().id();
    }

    String describe() {
        return subject.subject().name() + ", " + attributeId();
    }
}
