package org.claimcheck.value;

import java.math.BigDecimal;

/**
 * Canonical and display text for amounts. Display scales large numbers to million, billion or trillion and
 * groups thousands ("$146.88 billion", "2,000 km", "30%"); both forms read back through
 * {@link ValueGrammar#parse} to the same number.
 */
final class AmountFormats {

    private static final int[] EXPONENTS = {12, 9, 6};
    private static final String[] WORDS = {"trillion", "billion", "million"};

    private AmountFormats() {
    }

    static String canonical(Amount amount) {
        String number = amount.number().toString();
        if (!amount.unit().code().isEmpty()) {
            return number + " " + amount.unit().code();
        }
        // A four-digit count would read back as a year: "2,019" is unmistakably the number.
        return number.matches("\\d{4}") ? number.charAt(0) + "," + number.substring(1) : number;
    }

    static String display(Amount amount) {
        Units.Style style = Units.style(amount.unit());
        BigDecimal number = amount.number();
        String sign = number.signum() < 0 ? "-" : "";
        return sign + style.prefix() + magnitude(number.abs()) + style.suffix();
    }

    private static String magnitude(BigDecimal number) {
        for (int i = 0; i < EXPONENTS.length; i++) {
            if (number.compareTo(BigDecimal.ONE.scaleByPowerOfTen(EXPONENTS[i])) >= 0) {
                return plain(number.movePointLeft(EXPONENTS[i])) + " " + WORDS[i];
            }
        }
        return plain(number);
    }

    /** Digits without exponent or trailing zeros, thousands grouped with commas. */
    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        String digits = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return point < 0 ? grouped.toString() : grouped + digits.substring(point);
    }
}
