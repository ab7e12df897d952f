package org.claimcheck.verify.judge;

import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;
import org.claimcheck.verify.Reason;

/**
 * Sends a claimed value and a reference fact to the rule for their kind of value: dates, amounts, or amounts in
 * two currencies, which compare only at a rate from the tables.
 */
final class Comparison {

    private Comparison() {
    }

    static Outcome compare(Claim claim, Fact fact, RateFinder rates) {
        Value claimed = claim.value();
        Qualifier qualifier = claim.qualifier();
        if (claimed instanceof DateValue date && fact.value() instanceof DateValue reference) {
            return DateRule.compare(date, qualifier, reference);
        }
        if (claimed instanceof Amount amount && fact.value() instanceof Amount reference) {
            if (amount.unit().isCurrency() && reference.unit().isCurrency()
                    && !amount.unit().comparableWith(reference.unit())) {
                Optional<Conversion> conversion =
                        rates.find(amount.unit(), reference.unit(), fact.period(), claim.period());
                return conversion.isPresent()
                        ? CurrencyRule.compare(amount, qualifier, reference, fact.tolerance(), conversion.get())
                        : CurrencyRule.withoutRate(amount, qualifier, reference, fact.tolerance(),
                                rates.whyNone(amount.unit(), reference.unit(), fact.period(), claim.period()));
            }
            return AmountRule.compare(amount, qualifier, reference, fact.tolerance());
        }
        return Outcome.unverifiable(Reason.DIFFERENT_KINDS,
                "the claim states " + kind(claimed) + ", the reference " + kind(fact.value()));
    }

    private static String kind(Value value) {
        if (value instanceof DateValue) {
            return "a date";
        }
        return value instanceof Amount ? "an amount" : "an unresolved value";
    }
}
