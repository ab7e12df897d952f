package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.Subject;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.words.ClaimGeometry;

/**
 * "The 2001 Treaty", "Vostok 2018", "the exercise Zapad 2021 in September 2021 involved …": a date written into a
 * subject's name or set on it is read, as an assumption, as the date of that subject's only event in the tables,
 * or of the only one of its events the date fits. No word names the event, so the link can support a claim and
 * never conflict with it. Used when the sentence names no attribute.
 */
final class DateOnName {

    private final ReferenceIndex index;

    DateOnName(ReferenceIndex index) {
        this.index = index;
    }

    Optional<Link> find(Claim claim, List<SubjectCandidate> candidates) {
        return yearInName(claim, candidates).or(() -> setOnName(claim, candidates));
    }

    /** "The 2001 Treaty", "Vostok 2018": a date right next to a subject's name, when it has one event only. */
    private Optional<Link> yearInName(Claim claim, List<SubjectCandidate> subjectCandidates) {
        if (!(claim.value() instanceof DateValue)) {
            return Optional.empty();
        }
        for (SubjectCandidate s : subjectCandidates) {
            if (s.gap() > 1 || s.anaphor()) {
                continue;
            }
            Set<String> events = eventsOf(s.subject());
            // Several events ("the 2001 Treaty" was signed in 2001 and entered into force in 2002): the one the
            // date fits, if only one does. Being an assumption, it can only support the claim.
            DateValue claimed = (DateValue) claim.value();
            List<String> fitting = events.size() == 1 ? List.copyOf(events) : events.stream()
                    .filter(id -> index.facts(s.subject().id(), id).stream()
                            .anyMatch(f -> f.value() instanceof DateValue d && claimed.contains(d)))
                    .toList();
            if (fitting.size() == 1) {
                Attribute attribute = index.findAttribute(fitting.get(0)).orElseThrow();
                AttributeCandidate assumed = new AttributeCandidate(attribute, Place.SENTENCE, false, 0, 0, "");
                return Optional.of(Link.assumed(s, assumed, index.facts(s.subject().id(), attribute.id()),
                        "a date written into the name \u201c" + s.matched() + "\u201d is read as its "
                                + attribute.id() + " date, " + (events.size() == 1 ? "its only event in the tables"
                                        : "the only one of its events it fits")));
            }
        }
        return Optional.empty();
    }

    /** The ids of the event attributes the tables hold facts of for {@code subject}, in table order. */
    private Set<String> eventsOf(Subject subject) {
        return SubjectAttributes.of(index, subject.id(), AttributeKind.EVENT, (a, f) -> true);
    }

    /**
     * "The exercise Zapad 2021 in September 2021 involved …": a date joined by "in" or "on" to the subject phrase
     * that names the subject dates that subject, as its only event in the tables. Nothing in the words says which
     * event, so the link is taken only when the date fits that event's fact: it can support, never conflict.
     */
    private Optional<Link> setOnName(Claim claim, List<SubjectCandidate> subjectCandidates) {
        if (!(claim.value() instanceof DateValue claimed) || !ClaimGeometry.datesSubjectPhrase(claim)) {
            return Optional.empty();
        }
        SubjectCandidate s = subjectCandidates.get(0);
        if (s.place() != Place.CLAIM || s.anaphor()) {
            return Optional.empty();
        }
        Set<String> events = eventsOf(s.subject());
        if (events.size() != 1) {
            return Optional.empty();
        }
        Attribute attribute = index.findAttribute(events.iterator().next()).orElseThrow();
        List<Fact> facts = index.facts(s.subject().id(), attribute.id());
        boolean fits = facts.stream().anyMatch(f -> f.value() instanceof DateValue d
                && (claimed.contains(d) || d.contains(claimed)));
        if (!fits) {
            return Optional.empty();
        }
        AttributeCandidate assumed = new AttributeCandidate(attribute, Place.SENTENCE, false, 0, 0, "");
        return Optional.of(Link.assumed(s, assumed, facts, "a date set on the name \u201c" + s.matched()
                + "\u201d is read as its " + attribute.id() + " date, its only event in the tables"));
    }
}
