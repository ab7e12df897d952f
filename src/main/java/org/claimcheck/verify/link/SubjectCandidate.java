package org.claimcheck.verify.link;

import java.util.Comparator;
import org.claimcheck.reference.Subject;

/**
 * A subject a claim may be about, with why: where its name was found, whether it was named directly or by
 * "the two countries", whether a clause boundary separates it from the value, how many words matched and how
 * far from the value for ranking ({@code distance}: 0 anywhere in the subject phrase) and in characters
 * ({@code gap}: 0 when the name contains or touches the value, {@link Integer#MAX_VALUE} when unknown).
 */
public record SubjectCandidate(Subject subject, Place place, boolean anaphor, boolean otherClause, int words,
        int distance, int gap, String matched) {

    /**
     * Claim's own words first, direct names before "the two countries", the value's own clause before
     * another, then nearest, then longest.
     */
    static final Comparator<SubjectCandidate> BEST_FIRST = Comparator.comparing(SubjectCandidate::place)
            .thenComparing(SubjectCandidate::anaphor)
            .thenComparing(SubjectCandidate::otherClause)
            .thenComparingInt(SubjectCandidate::distance)
            .thenComparing(Comparator.comparingInt(SubjectCandidate::words).reversed());

    boolean sameRank(SubjectCandidate other) {
        return BEST_FIRST.compare(this, other) == 0;
    }
}
