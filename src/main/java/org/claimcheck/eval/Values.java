package org.claimcheck.eval;

import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/**
 * Whether an extracted value is the value a label states. Dates are equal when they cover the same interval
 * of days ("2019" equals "2019-01-01/2019-12-31"); amounts when their units share a dimension and the numbers
 * are equal in the base unit, whatever precision they were written with ("147 billion USD" equals
 * "1.470E+11 USD"; "3000 km" equals "3,000,000 m"). Qualifiers, hedges and periods are not part of a value.
 */
final class Values {

    private Values() {
    }

    static boolean same(Value expected, Value actual) {
        if (expected instanceof DateValue e && actual instanceof DateValue a) {
            return e.first().equals(a.first()) && e.last().equals(a.last());
        }
        if (expected instanceof Amount e && actual instanceof Amount a) {
            return e.unit().comparableWith(a.unit()) && e.inBaseUnit().compareTo(a.inBaseUnit()) == 0;
        }
        return false;
    }
}
