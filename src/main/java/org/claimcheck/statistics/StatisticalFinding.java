package org.claimcheck.statistics;

import java.util.List;
import java.util.Objects;

/**
 * A statistical claim's outcome, what decided it ({@link Ground}), the one-line reason (naming the series and
 * years used) and its evidence.
 */
public record StatisticalFinding(Outcome outcome, Ground ground, String explanation, List<SeriesEvidence> evidence) {

    public StatisticalFinding {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }

    static StatisticalFinding unverifiable(Ground ground, String why) {
        return new StatisticalFinding(Outcome.UNVERIFIABLE, ground, why, List.of());
    }
}
