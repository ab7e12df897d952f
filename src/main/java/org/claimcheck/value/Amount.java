package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A number with its unit, keeping the precision it was stated with: "$147 billion" is 147E+9 USD (last
 * stated digit 1E+9), "$146.9bn" is 1469E+8 USD. {@link BigDecimal#ulp()} of {@code number} is that last
 * stated digit, which the comparison rules use to widen a claim to its precision. A unit that abbreviates a
 * multiple of another is stored as that other unit: 38 bcm is 38E+9 m3.
 */
public record Amount(BigDecimal number, Unit unit) implements Value {

    public Amount {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(unit, "unit");
        Optional<Units.Expansion> expansion = Units.expansion(unit);
        if (expansion.isPresent()) {
            number = number.multiply(expansion.get().multiplier());
            unit = expansion.get().unit();
        }
    }

    /** The value in the dimension's base unit (metres for km), precision kept as far as the factor allows. */
    public BigDecimal inBaseUnit() {
        return number.multiply(unit.factor());
    }

    /** One unit of the last stated digit, in the base unit. */
    public BigDecimal statedPrecision() {
        return number.ulp().multiply(unit.factor());
    }

    @Override
    public String canonical() {
        return AmountFormats.canonical(this);
    }

    @Override
    public String display() {
        return AmountFormats.display(this);
    }
}
