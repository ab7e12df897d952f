package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Words that multiply the number before them: "billion", "bn", "mln", "lakh" (10^5), "crore" (10^7). Each
 * factor is a power of ten with unscaled value 1, so multiplying keeps the stated digits: 146.9 × 1E+9 is
 * 1469E+8. A bare "m" is a multiplier here; whether "600 m" means million or metres is the grammar's call.
 */
public final class Multipliers {

    private static final Map<String, BigDecimal> FACTORS = new HashMap<>();

    static {
        put(3, "thousand", "k");
        put(5, "lakh", "lakhs", "lac");
        put(6, "million", "millions", "mn", "m", "mln", "mio");
        put(7, "crore", "crores", "cr");
        put(9, "billion", "billions", "bn", "bln", "b");
        put(12, "trillion", "trillions", "tn", "trn", "tr");
    }

    private Multipliers() {
    }

    /** The factor a multiplier word stands for, any case: "bn" → 1E+9. */
    public static Optional<BigDecimal> find(String word) {
        return word == null
                ? Optional.empty()
                : Optional.ofNullable(FACTORS.get(word.strip().toLowerCase(Locale.ROOT)));
    }

    private static void put(int exponent, String... words) {
        for (String word : words) {
            FACTORS.put(word, BigDecimal.ONE.scaleByPowerOfTen(exponent));
        }
    }
}
