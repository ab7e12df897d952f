package org.claimcheck.eval;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/** The claim kind a value belongs to, by the same rule the extractor uses: dates, currencies, percent, counts. */
final class ValueKinds {

    private ValueKinds() {
    }

    static ClaimKind of(Value value) {
        if (value instanceof DateValue) {
            return ClaimKind.DATE;
        }
        if (value instanceof Amount amount) {
            if (amount.unit().isCurrency()) {
                return ClaimKind.MONEY;
            }
            return switch (amount.unit().dimension()) {
                case "percent" -> ClaimKind.PERCENT;
                case "count" -> ClaimKind.NUMBER;
                default -> ClaimKind.QUANTITY;
            };
        }
        throw new IllegalArgumentException("an unresolved value has no kind of its own: " + value);
    }
}
