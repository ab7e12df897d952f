package org.claimcheck.reference;

import java.math.BigDecimal;

/**
 * How far a claim may stray from a reference amount and still be supported, beyond the claim's own stated
 * precision: an absolute band in the fact's unit, a relative band (0.05 for 5 %), or both (the wider wins).
 * Either may be null.
 */
public record Tolerance(BigDecimal absolute, BigDecimal relative) {

    public static final Tolerance NONE = new Tolerance(null, null);
}
