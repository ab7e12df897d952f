package org.claimcheck.verify.judge;

import java.util.Optional;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Value;

/**
 * A date many years from the fact's is more likely another event than a slip: published dates go wrong by a day, a
 * month, a year or two, or by one mistyped digit ("2011" for 2001, "1997" for 1977, two digits swapped). "A new course
 * of the Suez Canal was opened on August 6, 2015", "the treaty was presented and concluded on June 15, 2023, in the
 * National Parliament" are other events of their subjects; a conflict that far off, and no typo, goes to review.
 */
final class FarOffDate {

    /** Years between the claim and the fact beyond which a conflict that is no typo may be another event. */
    static final int MAX_SLIP_YEARS = 5;

    private FarOffDate() {
    }

    /** How many years the claim lies from the fact, when that is too far for a slip and no typo explains it. */
    static Optional<Integer> yearsOff(Value claimed, Value reference) {
        if (!(claimed instanceof DateValue c) || !(reference instanceof DateValue r) || !finerThanDecade(c)) {
            return Optional.empty();
        }
        int gap = c.last().getYear() < r.first().getYear() ? r.first().getYear() - c.last().getYear()
                : c.first().getYear() > r.last().getYear() ? c.first().getYear() - r.last().getYear() : 0;
        if (gap <= MAX_SLIP_YEARS || r.first().getYear() != r.last().getYear()
                || isTypo(c.first().getYear(), r.first().getYear())) {
            return Optional.empty();
        }
        return Optional.of(gap);
    }

    private static boolean finerThanDecade(DateValue d) {
        return d.granularity() != Granularity.DECADE && d.granularity() != Granularity.CENTURY
                && d.granularity() != Granularity.RANGE && d.first().getYear() == d.last().getYear();
    }

    /** One digit different, or two neighbouring digits swapped: "2011" for 2001, "1979" for 1997. */
    static boolean isTypo(int claimed, int reference) {
        String a = String.valueOf(claimed);
        String b = String.valueOf(reference);
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differing = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                first = first < 0 ? i : first;
                differing++;
            }
        }
        boolean swapped = differing == 2 && first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first);
        return differing == 1 || swapped;
    }
}
