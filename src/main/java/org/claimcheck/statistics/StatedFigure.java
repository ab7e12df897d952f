package org.claimcheck.statistics;

import java.util.Locale;
import org.claimcheck.value.Qualifier;

/**
 * A figure as the claim states it, turned into the range of true values it allows at its stated precision
 * ({@code low}..{@code high}, each end open or closed), in the unit of the series it is compared with.
 *
 * <ul>
 *   <li>a plain figure allows half a unit of its last stated digit either way ("20%": 19.5–20.5);
 *   <li>"about" allows 5 % of the figure or one unit of its last digit, whichever is wider ("about 20%": 19–21);
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
                double w = Math.max(Math.abs(value) * 0.05, unit);
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
