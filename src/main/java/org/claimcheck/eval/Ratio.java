package org.claimcheck.eval;

import java.util.Locale;
import java.util.OptionalDouble;

/** A figure as the counts it is made of; it has no value when there is nothing to count over. */
public record Ratio(int numerator, int denominator) {

    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("invalid ratio " + numerator + "/" + denominator);
        }
    }

    public OptionalDouble value() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /** "0.873 (241/276)", or "— (0/0)" when undefined. */
    @Override
    public String toString() {
        String v = denominator == 0 ? "\u2014" : String.format(Locale.ROOT, "%.3f", value().getAsDouble());
        return v + " (" + numerator + "/" + denominator + ")";
    }
}
