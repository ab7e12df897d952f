package org.claimcheck.verify.judge;

import java.util.List;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.Reason;

/**
 * The facts of one period a claim is judged against, or why there are none ({@code failure}) or several
 * periods to choose from ({@code ambiguous}). {@code assumed} marks a period the claim did not state;
 * {@code missing} is the reason code when there are none.
 */
record PeriodChoice(List<Fact> facts, DateValue period, boolean assumed, String failure, boolean ambiguous,
        Reason missing) {

    PeriodChoice {
        facts = List.copyOf(facts);
    }

    static PeriodChoice of(List<Fact> facts, DateValue period, boolean assumed) {
        return new PeriodChoice(facts, period, assumed, null, false, null);
    }

    /** No figure for the period the claim states. */
    static PeriodChoice missing(String failure) {
        return new PeriodChoice(List.of(), null, false, failure, false, Reason.NO_FACT_FOR_PERIOD);
    }

    /** No period stated, and every period of the table began after the article was published. */
    static PeriodChoice onlyLater(String failure) {
        return new PeriodChoice(List.of(), null, false, failure, false, Reason.ONLY_LATER_PERIODS);
    }

    static PeriodChoice severalPeriods(List<Fact> facts, String reason) {
        return new PeriodChoice(facts, null, false, reason, true, null);
    }

    boolean chosen() {
        return failure == null;
    }
}
