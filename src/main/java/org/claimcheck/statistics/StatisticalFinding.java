package org.claimcheck.statistics;

import java.util.List;
import java.util.Objects;

/** A statistical claim's outcome, the one-line reason (naming the series and years used) and its evidence. */
public record StatisticalFinding(Outcome outcome, String explanation, List<SeriesEvidence> evidence) {

    public StatisticalFinding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }

    static StatisticalFinding unverifiable(String why) {
        return new StatisticalFinding(Outcome.UNVERIFIABLE, why, List.of());
    }
}
