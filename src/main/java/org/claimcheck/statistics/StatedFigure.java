package org.claimcheck.statistics;

import java.util.Locale;
import org.claimcheck.value.Qualifier;

/**
 * A figure as the claim states it, turned into the range of true values it allows at its stated precision
 * ({@code low}..{@code high}, each end open or closed), in the unit of the series it is compared with.
 *
 * <ul>
 *   <li>a plain figure allows half a unit of its last stated digit either way ("20%": 19.5–20.5);
 *   <li>"about" allows 10 % of the figure or one unit of its last digit, whichever is wider ("about 20%": 18–22),
 *       since a series is one source's estimate at one vintage and others differ by several percent;
 *   <li>"nearly" allows up to 10 % (or one unit) below and nothing above;
 *   <li>"more than", "at least", "less than", "up to" are strict or inclusive bounds;
 *   <li>a ratio of two counts is as precise as its smaller count ({@link RatioText}).
 * </ul>
 */
record StatedFigure(double low, boolean lowOpen, double high, boolean highOpen, String said) {

    static StatedFigure of(double value, double halfUnit, Qualifier qualifier, String said) {
        double unit = 2 * halfUnit;
        return switch (qualifier) {
            case MORE_THAN -> new StatedFigure(value, true, Double.POSITIVE_INFINITY, true, said);
            case AT_LEAST -> new StatedFigure(value - 1e-9, false, Double.POSITIVE_INFINITY, true, said);
            case LESS_THAN -> new StatedFigure(Double.NEGATIVE_INFINITY, true, value, true, said);
            case AT_MOST -> new StatedFigure(Double.NEGATIVE_INFINITY, true, value + 1e-9, false, said);
            case APPROXIMATELY -> {
                // A series is one source's estimate at one vintage; others differ by several percent.
                double w = Math.max(Math.abs(value) * 0.10, unit);
                yield new StatedFigure(value - w, false, value + w, false, said);
            }
            case NEARLY -> new StatedFigure(value - Math.max(Math.abs(value) * 0.10, unit), false,
                    value + halfUnit, false, said);
            default -> new StatedFigure(value - halfUnit, false, value + halfUnit, false, said);
        };
    }

    /** The same figure with both ends multiplied by {@code factor} (a daily count read as a yearly one). */
    StatedFigure times(double factor, String how) {
        return new StatedFigure(low * factor, lowOpen, high * factor, highOpen, said + " " + how);
    }

    /** A range of two figures ("1:4,000-5,000"): from the lower's low end to the higher's high end. */
    StatedFigure to(StatedFigure other) {
        StatedFigure lo = low <= other.low ? this : other;
        StatedFigure hi = high >= other.high ? this : other;
        return new StatedFigure(lo.low, lo.lowOpen, hi.high, hi.highOpen, said + "\u2013" + other.said);
    }

    /**
     * The figure as a benchmark the true value is below ({@code sign} &lt; 0: "falls short of the recommended
     * 1:600") or above ({@code sign} &gt; 0: "exceeds the recommendation").
     */
    StatedFigure asBenchmark(int sign) {
        double centre = (low + high) / 2;
        return sign < 0 ? new StatedFigure(Double.NEGATIVE_INFINITY, true, centre, true, "below " + said)
                : new StatedFigure(centre, true, Double.POSITIVE_INFINITY, true, "above " + said);
    }

    /** "Never dropping below 60%" bounds the other way: at least 60%; "never exceeded 0.1%": at most 0.1%. */
    StatedFigure negated() {
        if (Double.isInfinite(high)) {
            return new StatedFigure(Double.NEGATIVE_INFINITY, true, low, !lowOpen, "not " + said);
        }
        if (Double.isInfinite(low)) {
            return new StatedFigure(high, !highOpen, Double.POSITIVE_INFINITY, true, "not " + said);
        }
        return this;
    }

    /** Whether {@code v} is more than 50 times off a figure stated with both ends: likely another quantity. */
    boolean farFrom(double v) {
        if (Double.isInfinite(low) || Double.isInfinite(high) || v <= 0 || low <= 0) {
            return false;
        }
        double centre = (low + high) / 2;
        return Math.max(centre / v, v / centre) > 50;
    }

    /**
     * Supported when {@code v} fits; contradicted only when it misses the figure widened by 3 % of its ends,
     * since a series is revised between vintages and the claim's author may have read an earlier one; between the
     * two, unverifiable.
     */
    Outcome judge(double v) {
        return judge(v, REVISION);
    }

    /** As {@link #judge(double)} with a margin of its own: a change compounds the revisions of both its ends. */
    Outcome judge(double v, double margin) {
        if (holds(v)) {
            return Outcome.SUPPORTED;
        }
        return widened(margin).holds(v) ? Outcome.UNVERIFIABLE : Outcome.CONTRADICTED;
    }

    static final String WITHIN_MARGIN = "within the 3 % a revision of the series could move it";

    private StatedFigure widened(double margin) {
        double lo = Double.isInfinite(low) ? low : low - Math.abs(low) * margin;
        double hi = Double.isInfinite(high) ? high : high + Math.abs(high) * margin;
        return new StatedFigure(lo, lowOpen, hi, highOpen, said);
    }

    private static final double REVISION = 0.03;

    boolean holds(double v) {
        double eps = 1e-9 * Math.max(1, Math.abs(v));
        boolean aboveLow = lowOpen ? v > low + eps : v >= low - eps;
        boolean belowHigh = highOpen ? v < high - eps : v <= high + eps;
        return aboveLow && belowHigh;
    }

    static String format(double v) {
        double a = Math.abs(v);
        String s = a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : a >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : a >= 0.1 || a == 0 ? String.format(Locale.ROOT, "%.2f", v)
                : String.format(Locale.ROOT, "%.3g", v);
        return s.contains(".") && !s.contains(",") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
