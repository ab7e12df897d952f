package org.claimcheck.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * A rate read in the direction it is needed: {@link #factor()} units of {@link #currency()} per one unit of
 * {@link #base()}. It is either a table row as published or the inverse of one ({@code inverted}); either way
 * {@code row} is the row the figure comes from.
 */
public record DirectedRate(Rate row, boolean inverted) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public DirectedRate {
        Objects.requireNonNull(row, "row");
    }

    public String currency() {
        return inverted ? row.base() : row.currency();
    }

    public String base() {
        return inverted ? row.currency() : row.base();
    }

    /** Units of {@link #currency()} per one {@link #base()}: the row's rate, or its inverse to 16 digits. */
    public BigDecimal factor() {
        return inverted ? BigDecimal.ONE.divide(row.rate(), PRECISION) : row.rate();
    }
}
