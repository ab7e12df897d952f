package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure or a currency. Two amounts compare only when their units share a {@code dimension};
 * {@code factor} converts an amount in this unit to the dimension's base unit (km → 1000 m). Every currency
 * is a dimension of its own: nothing converts between currencies without a rate table.
 *
 * @param code the canonical code written after a number ("USD", "km", "m3", "%", "" for a plain count)
 */
public record Unit(String code, String dimension, BigDecimal factor) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("unit factor must be positive: " + code);
        }
    }

    public boolean isCurrency() {
        return dimension.startsWith("money:");
    }

    public boolean comparableWith(Unit other) {
        return dimension.equals(other.dimension);
    }
}
