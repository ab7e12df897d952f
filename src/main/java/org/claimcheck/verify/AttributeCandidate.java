package org.claimcheck.verify;

import java.util.Comparator;
import org.claimcheck.reference.Attribute;

/** An attribute a claim may state, with where its phrase was found and how far from the value. */
record AttributeCandidate(Attribute attribute, Place place, int words, int distance, String matched) {

    /** Predicate first, then nearest the value, then the longest phrase. */
    static final Comparator<AttributeCandidate> BEST_FIRST = Comparator.comparing(AttributeCandidate::place)
            .thenComparingInt(AttributeCandidate::distance)
            .thenComparing(Comparator.comparingInt(AttributeCandidate::words).reversed());
}
