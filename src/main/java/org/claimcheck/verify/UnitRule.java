package org.claimcheck.verify;

import org.claimcheck.value.Unit;

/**
 * Amounts compare only within one dimension, in its base unit (kilometres against metres is fine). Different
 * currencies never compare, in either direction, because no rate table is used; a percentage compares only
 * with a percentage. A mismatch leaves the claim unverifiable, never contradicted.
 */
final class UnitRule {

    private UnitRule() {
    }

    static boolean isPlainNumber(Unit unit) {
        return unit.code().isEmpty() && !unit.isCurrency() && !isPercentage(unit);
    }

    static boolean isPercentage(Unit unit) {
        return unit.code().equals("%") || unit.dimension().equals("percent");
    }

    /** Why {@code claim} and {@code reference} units cannot be compared. */
    static String mismatch(Unit claim, Unit reference) {
        if (claim.isCurrency() && reference.isCurrency()) {
            return "claim in " + claim.code() + ", reference in " + reference.code() + "; no rate table";
        }
        if (isPercentage(claim) || isPercentage(reference)) {
            return "a percentage compares only with a percentage (claim in " + name(claim) + ", reference in "
                    + name(reference) + ")";
        }
        return "claim in " + name(claim) + ", reference in " + name(reference) + ": different dimensions";
    }

    private static String name(Unit unit) {
        return unit.code().isEmpty() ? "plain numbers" : unit.code();
    }
}
