package org.claimcheck.verify;

import java.util.Comparator;
import org.claimcheck.reference.Subject;

/**
 * A subject a claim may be about, with why: where its name was found, whether it was named directly or by
 * "the two countries", how many words matched and how far from the value.
 */
record SubjectCandidate(Subject subject, Place place, boolean anaphor, int words, int distance, String matched) {

    /** Claim's own words first, direct names before "the two countries", then nearest, then longest. */
    static final Comparator<SubjectCandidate> BEST_FIRST = Comparator.comparing(SubjectCandidate::place)
            .thenComparing(SubjectCandidate::anaphor)
            .thenComparingInt(SubjectCandidate::distance)
            .thenComparing(Comparator.comparingInt(SubjectCandidate::words).reversed());

    boolean sameRank(SubjectCandidate other) {
        return BEST_FIRST.compare(this, other) == 0;
    }
}
