package org.claimcheck.verify.words;

import org.claimcheck.value.Unit;

/**
 * What kind of figure a unit gives: a plain number (no unit at all) or a percentage. Linking asks it (a measure
 * in percent cannot hold a figure in tonnes), the comparison rules ({@code UnitRule}, {@code AmountRule}) and
 * the article's own arithmetic ask it too.
 */
public final class UnitKinds {

    private UnitKinds() {
    }

    public static boolean isPlainNumber(Unit unit) {
        return unit.code().isEmpty() && !unit.isCurrency() && !isPercentage(unit);
    }

    public static boolean isPercentage(Unit unit) {
        return unit.code().equals("%") || unit.dimension().equals("percent");
    }
}
