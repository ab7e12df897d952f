package org.claimcheck.verify.judge;

import java.math.BigDecimal;

/** The documented widths of hedged claims, in one place so the rules and their documentation agree. */
public final class Bands {

    /** "About X" accepts a reference within 5 % of X (or one unit of X's last stated digit, if wider). */
    public static final BigDecimal APPROXIMATELY = new BigDecimal("0.05");

    /**
     * "About 10,000 km", "about 2 million": a figure rounded to one significant digit says only its order, so
     * "about" accepts a reference within 10 % of it.
     */
    public static final BigDecimal APPROXIMATELY_ROUND = new BigDecimal("0.10");

    /** The band "about" gives {@code number}: wider for a figure of one significant digit and trailing zeros. */
    public static BigDecimal approximately(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        boolean round = stripped.scale() < 0 && stripped.precision() == 1;
        return round ? APPROXIMATELY_ROUND : APPROXIMATELY;
    }

    /** "Nearly X" accepts a reference up to 10 % below X (or one unit of X's last stated digit, if wider). */
    public static final BigDecimal NEARLY = new BigDecimal("0.10");

    /**
     * A claim converted at an average exchange rate may stray this far (5 % of the reference) beyond what its
     * precision and the fact's tolerance allow: an annual average is not the rate a writer or a source used.
     */
    static final BigDecimal EXCHANGE_RATE = new BigDecimal("0.05");

    private Bands() {
    }
}
