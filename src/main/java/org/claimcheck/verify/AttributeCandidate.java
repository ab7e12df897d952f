package org.claimcheck.verify;

import java.util.Comparator;
import org.claimcheck.reference.Attribute;

/**
 * An attribute a claim may state, with where its phrase was found, whether a clause boundary separates it from
 * the value, how far from the value, and for an event verb whose event it names ({@link EventOwner}), or null.
 */
record AttributeCandidate(Attribute attribute, Place place, boolean otherClause, int words, int distance,
        String matched, String owner) {

    /** A candidate whose event owner the sentence does not show. */
    AttributeCandidate(Attribute attribute, Place place, boolean otherClause, int words, int distance,
            String matched) {
        this(attribute, place, otherClause, words, distance, matched, null);
    }

    /** Predicate first, then the value's own clause, then nearest the value, then the longest phrase. */
    static final Comparator<AttributeCandidate> BEST_FIRST = Comparator.comparing(AttributeCandidate::place)
            .thenComparing(AttributeCandidate::otherClause)
            .thenComparingInt(AttributeCandidate::distance)
            .thenComparing(Comparator.comparingInt(AttributeCandidate::words).reversed());
}
