package org.claimcheck.verify;

import java.util.List;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.DateValue;

/**
 * The facts of one period a claim is judged against, or why there are none ({@code failure}) or several
 * periods to choose from ({@code ambiguous}). {@code assumed} marks a period the claim did not state.
 */
record PeriodChoice(List<Fact> facts, DateValue period, boolean assumed, String failure, boolean ambiguous) {

    PeriodChoice {
        facts = List.copyOf(facts);
    }

    static PeriodChoice of(List<Fact> facts, DateValue period, boolean assumed) {
        return new PeriodChoice(facts, period, assumed, null, false);
    }

    static PeriodChoice missing(String failure) {
        return new PeriodChoice(List.of(), null, false, failure, false);
    }

    static PeriodChoice severalPeriods(List<Fact> facts, String reason) {
        return new PeriodChoice(facts, null, false, reason, true);
    }

    boolean chosen() {
        return failure == null;
    }
}
