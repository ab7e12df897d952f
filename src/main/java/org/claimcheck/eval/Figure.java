package org.claimcheck.eval;

import java.util.function.Function;

/** The figures an evaluation reports for each scope, with how each is counted and which way is better. */
public enum Figure {
    PRECISION("precision", "precision",
            "correct claims (kind, value and link) / extracted claims", t -> new Ratio(t.correct(), t.extracted())),
    RECALL("recall", "recall",
            "correct claims (kind, value and link) / labelled claims", t -> new Ratio(t.correct(), t.labelled())),
    VALUE_PRECISION("valuePrecision", "precision, value only",
            "claims with the right kind and value / extracted claims", t -> new Ratio(t.valueCorrect(), t.extracted())),
    VALUE_RECALL("valueRecall", "recall, value only",
            "claims with the right kind and value / labelled claims", t -> new Ratio(t.valueCorrect(), t.labelled())),
    VERDICT_ACCURACY("verdictAccuracy", "verdict accuracy",
            "claims with the labelled verdict / labelled claims (a missed claim is wrong)",
            t -> new Ratio(t.verdictCorrect(), t.labelled())),
    PLANTED_RECALL("plantedRecall", "planted errors found",
            "planted errors contradicted or sent to review as a possible conflict / planted errors",
            t -> new Ratio(t.plantedFound(), t.planted())),
    PLANTED_CONTRADICTED("plantedContradictedRate", "planted, contradicted",
            "planted errors contradicted / planted errors", t -> new Ratio(t.plantedContradicted(), t.planted())),
    FALSE_FLAG_RATE("falseFlagRate", "false-flag rate",
            "contradicted / claims labelled SUPPORTED or UNVERIFIABLE (lower is better)",
            t -> new Ratio(t.falseFlags(), t.flaggable())),
    REVIEW_LOAD("reviewLoad", "review load",
            "possible conflicts / claims labelled SUPPORTED or UNVERIFIABLE (lower is better)",
            t -> new Ratio(t.sentToReview(), t.flaggable()));

    private final String key;
    private final String label;
    private final String description;
    private final Function<Tally, Ratio> ratio;

    Figure(String key, String label, String description, Function<Tally, Ratio> ratio) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.ratio = ratio;
    }

    /** The name in JSON and in the thresholds file ("falseFlagRate"). */
    public String key() {
        return key;
    }

    /** A short name for a table row ("precision, value only"). */
    public String label() {
        return label;
    }

    /** How the figure is counted, numerator over denominator. */
    public String description() {
        return description;
    }

    public Ratio of(Tally tally) {
        return ratio.apply(tally);
    }

    /** True when a lower value is better, so a recorded level is a ceiling rather than a floor. */
    public boolean lowerIsBetter() {
        return this == FALSE_FLAG_RATE || this == REVIEW_LOAD;
    }
}
