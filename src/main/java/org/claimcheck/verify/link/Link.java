package org.claimcheck.verify.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.reference.Fact;

/**
 * A claim linked to one subject and one attribute, with every fact the tables hold for that pair (all periods
 * and vintages). {@code assumption} says why the subject or attribute was assumed rather than found, and is empty
 * when both were found.
 */
public record Link(SubjectCandidate subject, AttributeCandidate attribute, List<Fact> facts,
        Optional<String> assumption) {

    public Link {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(attribute, "attribute");
        facts = List.copyOf(facts);
        Objects.requireNonNull(assumption, "assumption");
    }

    /** A link whose subject and attribute were both found in the text. */
    static Link found(SubjectCandidate subject, AttributeCandidate attribute, List<Fact> facts) {
        return new Link(subject, attribute, facts, Optional.empty());
    }

    /** A link that rests on an assumption, {@code why} saying which. */
    static Link assumed(SubjectCandidate subject, AttributeCandidate attribute, List<Fact> facts, String why) {
        return new Link(subject, attribute, facts, Optional.of(why));
    }

    /**
     * Where the subject was found first (claim's own words, sentence, preceding text), then where the attribute
     * was (the claim's predicate before the rest of the sentence, the value's clause before another), then the
     * rest of the subject's rank (direct naming, nearness) and of the attribute's. An attribute in the claim's
     * own predicate thus beats a subject that is merely nearer the value.
     */
    static int compare(Link a, Link b) {
        int c = a.subject.place().compareTo(b.subject.place());
        if (c == 0) {
            c = a.attribute.place().compareTo(b.attribute.place());
        }
        if (c == 0) {
            c = Boolean.compare(a.attribute.otherClause(), b.attribute.otherClause());
        }
        if (c == 0) {
            c = SubjectCandidate.BEST_FIRST.compare(a.subject, b.subject);
        }
        return c != 0 ? c : AttributeCandidate.BEST_FIRST.compare(a.attribute, b.attribute);
    }

    public String subjectId() {
        return subject.subject().id();
    }

    public String attributeId() {
        return attribute.attribute().id();
    }

    public String describe() {
        return subject.subject().name() + ", " + attributeId();
    }
}
