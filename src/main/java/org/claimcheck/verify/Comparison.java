package org.claimcheck.verify;

import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;

/** Sends a claimed value and a reference fact to the rule for their kind of value: dates or amounts. */
final class Comparison {

    private Comparison() {
    }

    static Outcome compare(Value claimed, Qualifier qualifier, Fact fact) {
        if (claimed instanceof DateValue date && fact.value() instanceof DateValue reference) {
            return DateRule.compare(date, qualifier, reference);
        }
        if (claimed instanceof Amount amount && fact.value() instanceof Amount reference) {
            return AmountRule.compare(amount, qualifier, reference, fact.tolerance());
        }
        return Outcome.unverifiable("the claim states " + kind(claimed) + ", the reference " + kind(fact.value()));
    }

    private static String kind(Value value) {
        if (value instanceof DateValue) {
            return "a date";
        }
        return value instanceof Amount ? "an amount" : "an unresolved value";
    }
}
