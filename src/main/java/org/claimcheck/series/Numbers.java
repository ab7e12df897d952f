package org.claimcheck.series;

/**
 * Strict reading of the numbers in series files. {@link Double#parseDouble} alone also accepts "NaN",
 * "Infinity", hexadecimal and a trailing "d" or "f", none of which a curator means as a figure.
 */
final class Numbers {

    private Numbers() {
    }

    /** The number {@code text} writes, or NaN when it is not a plain finite decimal. */
    static double parse(String text) {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean allowed = (ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e'
                    || ch == 'E';
            if (!allowed) {
                return Double.NaN;
            }
        }
        try {
            double value = Double.parseDouble(text);
            return Double.isInfinite(value) ? Double.NaN : value;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The year {@code text} writes (an optional minus sign and up to six digits), or empty. */
    static java.util.OptionalInt parseYear(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 6) {
            return java.util.OptionalInt.empty();
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return java.util.OptionalInt.empty();
            }
        }
        return java.util.OptionalInt.of(Integer.parseInt(text));
    }
}
