package org.claimcheck.verify.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.verify.Reason;

/**
 * The outcome of linking a claim, one of three: {@link Linked} to exactly one best link (with a note explaining a
 * choice among several candidates, or empty), {@link Ambiguous} among several equally good links, or
 * {@link Unlinked} with the reason saying what was missing. Nothing between linking and judging is null.
 */
public sealed interface LinkResult {

    /**
     * One best link; {@code note} says why it won or where part of it came from, or is empty. {@code runnersUp}
     * are the links it won over that state the same attribute of another subject named in the claim's sentence
     * ("the GBT has surpassed the 53.9-kilometre Seikan tunnel": the Seikan tunnel's length): judging decides
     * whether the choice mattered.
     */
    record Linked(Link link, String note, List<Link> runnersUp) implements LinkResult {
        public Linked {
            Objects.requireNonNull(link, "link");
            Objects.requireNonNull(note, "note");
            runnersUp = List.copyOf(runnersUp);
        }

        public Linked(Link link, String note) {
            this(link, note, List.of());
        }

        /** The same link with {@code more} added to its note. */
        public Linked noting(String more) {
            return more.isEmpty() ? this : new Linked(link, note.isEmpty() ? more : note + "; " + more, runnersUp);
        }
    }

    /** Several links that are equally good: the claim may be about any of them. */
    record Ambiguous(List<Link> candidates) implements LinkResult {
        public Ambiguous {
            candidates = List.copyOf(candidates);
            if (candidates.size() < 2) {
                throw new IllegalArgumentException("an ambiguous link needs at least two candidates");
            }
        }
    }

    /**
     * No link, and why: no subject, no attribute, no fact, or a value that could not be resolved; {@code why}
     * names which, {@code reason} says it in words.
     */
    record Unlinked(Reason why, String reason) implements LinkResult {
        public Unlinked {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(reason, "reason");
        }
    }

    static LinkResult none(Reason why, String reason) {
        return new Unlinked(why, reason);
    }

    /** The single best link, if there is one. */
    default Optional<Link> single() {
        return this instanceof Linked l ? Optional.of(l.link()) : Optional.empty();
    }

    /** Every link the claim may be about: one, several, or none. */
    default List<Link> links() {
        if (this instanceof Linked l) {
            return List.of(l.link());
        }
        return this instanceof Ambiguous a ? a.candidates() : List.of();
    }
}
