package org.claimcheck.verify.words;

import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;

/**
 * How explanations write values: dates in their canonical ISO-like form ("2019-12-02", "2021"), decades and
 * centuries in words ("the 1960s"), amounts in display form ("$146.88 billion"), a qualifier as its phrase
 * ("more than $140 billion").
 */
public final class ValueText {

    private ValueText() {
    }

    public static String of(Value value) {
        if (value instanceof DateValue date && date.granularity() != Granularity.DECADE
                && date.granularity() != Granularity.CENTURY) {
            return date.canonical();
        }
        return value.display();
    }

    public static String of(Qualifier qualifier, Value value) {
        return qualifier == Qualifier.EXACT ? of(value) : qualifier.phrase() + " " + of(value);
    }
}
