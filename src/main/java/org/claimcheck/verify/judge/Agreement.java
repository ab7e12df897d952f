package org.claimcheck.verify.judge;

import java.math.BigDecimal;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;

/**
 * Whether two statements of one fact in the same article can both be true at their stated precision: dates
 * agree when their intervals overlap ("2019" and "December 2019"), amounts when their precision intervals
 * overlap ("$147 billion" and "$146.9bn"). Only plain and "about" statements are compared; inequalities,
 * hedges and values in different units or currencies are taken to agree, because they cannot clash outright.
 */
public final class Agreement {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Agreement() {
    }

    public static boolean agree(Value a, Qualifier qa, Value b, Qualifier qb) {
        if (!comparable(qa) || !comparable(qb)) {
            return true;
        }
        if (a instanceof DateValue da && b instanceof DateValue db) {
            return widen(da, qa).overlaps(widen(db, qb));
        }
        if (a instanceof Amount x && b instanceof Amount y && x.unit().comparableWith(y.unit())) {
            BigDecimal wx = width(x, qa);
            BigDecimal wy = width(y, qb);
            return x.inBaseUnit().subtract(y.inBaseUnit()).abs().compareTo(wx.add(wy)) <= 0;
        }
        return true;
    }

    /** Whether the values are equal as stated (same interval, or same amount in base units). */
    static boolean same(Value a, Value b) {
        if (a instanceof Amount x && b instanceof Amount y) {
            return x.unit().comparableWith(y.unit()) && x.inBaseUnit().compareTo(y.inBaseUnit()) == 0;
        }
        if (a instanceof DateValue x && b instanceof DateValue y) {
            return x.first().equals(y.first()) && x.last().equals(y.last());
        }
        return a.equals(b);
    }

    private static boolean comparable(Qualifier q) {
        return q == Qualifier.EXACT || q == Qualifier.APPROXIMATELY;
    }

    private static DateValue widen(DateValue d, Qualifier q) {
        return q == Qualifier.APPROXIMATELY
                ? new DateValue(d.first().minusYears(1), d.last().plusYears(1), d.granularity()) : d;
    }

    private static BigDecimal width(Amount a, Qualifier q) {
        BigDecimal half = a.statedPrecision().divide(TWO);
        return q == Qualifier.APPROXIMATELY
                ? a.inBaseUnit().abs().multiply(Bands.approximately(a.number())).max(a.statedPrecision()) : half;
    }
}
