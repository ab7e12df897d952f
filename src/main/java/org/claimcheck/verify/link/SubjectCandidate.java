package org.claimcheck.verify.link;

import java.util.Comparator;
import java.util.List;
import org.claimcheck.reference.Subject;

/**
 * A subject a claim may be about, with why: where its name was found, whether it was named directly or by
 * "the two countries", whether a clause boundary separates it from the value, how many words matched and how
 * far from the value for ranking ({@code distance}: 0 anywhere in the subject phrase) and in characters
 * ({@code gap}: 0 when the name contains or touches the value, {@link Integer#MAX_VALUE} when unknown). A deal
 * found through its parties ({@link DealParties}) carries the two subjects the sentence names, the one found at
 * {@code matched} first; any other subject carries none.
 */
public record SubjectCandidate(Subject subject, Place place, boolean anaphor, boolean otherClause, int words,
        int distance, int gap, String matched, List<Subject> parties) {

    public SubjectCandidate {
        parties = List.copyOf(parties);
    }

    /** A subject found by one of its own names. */
    public SubjectCandidate(Subject subject, Place place, boolean anaphor, boolean otherClause, int words,
            int distance, int gap, String matched) {
        this(subject, place, anaphor, otherClause, words, distance, gap, matched, List.of());
    }

    /** The deal {@code deal} found through two of its parties, where the first, {@code near}, was found. */
    static SubjectCandidate deal(Subject deal, SubjectCandidate near, SubjectCandidate other) {
        return new SubjectCandidate(deal, near.place(), near.anaphor(), near.otherClause(), near.words(),
                near.distance(), near.gap(), near.matched(), List.of(near.subject(), other.subject()));
    }

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
