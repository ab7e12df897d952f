package org.claimcheck.verify.judge;

import org.claimcheck.value.Unit;
import org.claimcheck.verify.words.UnitKinds;

/**
 * Amounts compare only within one dimension, in its base unit (kilometres against metres is fine). Different
 * currencies compare only through a rate table ({@link CurrencyRule}); a percentage compares only with a
 * percentage. A mismatch leaves the claim unverifiable, never contradicted.
 */
final class UnitRule {

    private UnitRule() {
    }

    /** Why {@code claim} and {@code reference} units cannot be compared; two currencies are not this rule's. */
    static String mismatch(Unit claim, Unit reference) {
        if (UnitKinds.isPercentage(claim) || UnitKinds.isPercentage(reference)) {
            return "a percentage compares only with a percentage (claim in " + name(claim) + ", reference in "
                    + name(reference) + ")";
        }
        return "claim in " + name(claim) + ", reference in " + name(reference) + ": different dimensions";
    }

    private static String name(Unit unit) {
        return unit.code().isEmpty() ? "plain numbers" : unit.code();
    }
}
