package org.claimcheck.verify.link;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.ReferenceIndex;

/** The attributes the tables hold facts of for one subject, for links made without an attribute phrase. */
final class SubjectAttributes {

    private SubjectAttributes() {
    }

    /** The ids of {@code subjectId}'s attributes of {@code kind} with a fact that {@code fits}, in table order. */
    static Set<String> of(ReferenceIndex index, String subjectId, AttributeKind kind,
            BiPredicate<Attribute, Fact> fits) {
        Set<String> ids = new LinkedHashSet<>();
        for (Fact f : index.factsAbout(subjectId)) {
            index.findAttribute(f.attribute()).filter(a -> a.kind() == kind && fits.test(a, f))
                    .ifPresent(a -> ids.add(a.id()));
        }
        return ids;
    }
}
