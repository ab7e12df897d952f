package org.claimcheck.verify.link;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.reference.Attribute;

/**
 * An attribute a claim may state, with where its phrase was found, whether a clause boundary separates it from
 * the value, how far from the value, for an event verb whose event it names ({@link EventOwner}, empty when the
 * sentence names none), and where the phrase stands in the sentence ({@code -1} when it was found elsewhere or
 * assumed).
 */
public record AttributeCandidate(Attribute attribute, Place place, boolean otherClause, int words, int distance,
        String matched, Optional<String> owner, int start, int end) {

    public AttributeCandidate {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(owner, "owner");
    }

    /** A candidate whose event owner and place in the sentence are not known. */
    AttributeCandidate(Attribute attribute, Place place, boolean otherClause, int words, int distance,
            String matched) {
        this(attribute, place, otherClause, words, distance, matched, Optional.empty(), -1, -1);
    }

    /** Whether the sentence offsets {@code [start, end)} of the matched phrase are known. */
    boolean located() {
        return start >= 0;
    }

    /** Predicate first, then the value's own clause, then nearest the value, then the longest phrase. */
    static final Comparator<AttributeCandidate> BEST_FIRST = Comparator.comparing(AttributeCandidate::place)
            .thenComparing(AttributeCandidate::otherClause)
            .thenComparingInt(AttributeCandidate::distance)
            .thenComparing(Comparator.comparingInt(AttributeCandidate::words).reversed());
}
