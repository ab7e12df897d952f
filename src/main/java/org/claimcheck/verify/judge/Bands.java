package org.claimcheck.verify.judge;

import java.math.BigDecimal;

/** The documented widths of hedged claims, in one place so the rules and their documentation agree. */
public final class Bands {

    /** "About X" accepts a reference within 5 % of X (or one unit of X's last stated digit, if wider). */
    public static final BigDecimal APPROXIMATELY = new BigDecimal("0.05");

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
