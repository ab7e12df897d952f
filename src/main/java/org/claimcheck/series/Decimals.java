package org.claimcheck.series;

/**
 * Reads a plain decimal ({@code -12.5}, {@code 3}, {@code 1.2e-05}) straight from the text of a series file,
 * without making a string per cell: the imported folder has about three million figures, and parsing them is most
 * of the load. Numbers of up to 15 significant digits and a power of ten up to 22 are exact as a double, so
 * dividing or multiplying by that power rounds correctly (the same result as {@link Double#parseDouble}); longer
 * ones go to {@link Double#parseDouble}.
 */
final class Decimals {

    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    /** The number {@code text[from, to)} writes, or NaN when it is not a plain finite decimal. */
    static double parse(CharSequence text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        int digits = 0;
        boolean point = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa != 0 || c != '0') {
                    significant++;
                }
                if (significant <= 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    exponent -= point ? 1 : 0;
                } else if (!point) {
                    exponent++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < to) {
            char e = text.charAt(i);
            if (e != 'e' && e != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < to && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int written = 0;
            int expDigits = 0;
            for (; i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                written = Math.min(written * 10 + (text.charAt(i) - '0'), 100_000);
                expDigits++;
            }
            if (expDigits == 0 || i < to) {
                return Double.NaN;
            }
            exponent += negativeExponent ? -written : written;
        }
        double value;
        if (significant <= 15 && Math.abs(exponent) < POWERS.length) {
            value = exponent >= 0 ? mantissa * POWERS[exponent] : mantissa / POWERS[-exponent];
        } else {
            value = Double.parseDouble(text.subSequence(from, to).toString());
            if (Double.isInfinite(value)) {
                return Double.NaN;
            }
            return value;
        }
        return negative ? -value : value;
    }
}
