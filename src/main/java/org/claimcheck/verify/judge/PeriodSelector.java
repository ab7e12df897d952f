package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.MemberOrdinals;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.link.Forecasts;
import org.claimcheck.verify.words.ValueText;

/**
 * Picks the facts of the period a claim speaks of. Events have no period. A measure is judged against the
 * figure for the claim's stated period ("in 2021"), or a timeless figure (a pipeline's length); with no period
 * stated, the table's only period is assumed (and said so), and several periods make the claim ambiguous;
 * a period that began after the article was published is never assumed, since the article cannot be speaking
 * of it (a count of members in 2007 is not the 2024 one), unless the claim is a forecast or target; and a
 * figure for an earlier state of its subject ("when built, the canal was 164 km long") is not judged against a
 * figure without a period ({@link PastStates}); a membership counted by an ordinal ("its 11th member") is judged
 * only against a count for the day it gives ({@link MemberOrdinals}).
 * A stated period the table lacks is reported as "no figure for 2022".
 */
public final class PeriodSelector {

    private PeriodSelector() {
    }

    static PeriodChoice select(Claim claim, AttributeKind kind, List<Fact> facts, LocalDate published) {
        List<Fact> timeless = facts.stream().filter(f -> f.period() == null).toList();
        if (kind == AttributeKind.EVENT) {
            return PeriodChoice.of(facts, null, false);
        }
        if (MemberOrdinals.marks(claim)) {
            return ordinalCount(claim, facts);
        }
        Optional<String> past = claim.period() == null ? PastStates.marker(claim) : Optional.empty();
        if (!timeless.isEmpty() && past.isPresent()) {
            return PeriodChoice.missing("the claim gives the figure at an earlier time (\u201c" + past.get()
                    + "\u201d), and the table's figure has no period");
        }
        if (timeless.size() == facts.size()) {
            return PeriodChoice.of(facts, null, false);
        }
        List<DateValue> periods = periods(facts);
        if (claim.period() != null) {
            List<Fact> same = facts.stream().filter(f -> samePeriod(f.period(), claim.period())).toList();
            if (!same.isEmpty()) {
                return PeriodChoice.of(same, claim.period(), false);
            }
            if (!timeless.isEmpty()) {
                return PeriodChoice.of(timeless, null, false);
            }
            return PeriodChoice.missing("no figure for " + ValueText.of(claim.period()) + " (the table has "
                    + list(periods) + ")");
        }
        if (!timeless.isEmpty()) {
            return PeriodChoice.of(timeless, null, false);
        }
        if (published != null && Forecasts.marker(claim).isEmpty()) {
            // Every fact has a period here: the timeless ones were taken above.
            List<Fact> known = facts.stream().filter(f -> !f.period().first().isAfter(published)).toList();
            if (known.isEmpty()) {
                return PeriodChoice.onlyLater("no period stated, and every period in the table (" + list(periods)
                        + ") began after the article was published (" + published + ")");
            }
            facts = known;
            periods = periods(known);
        }
        if (periods.size() == 1) {
            return PeriodChoice.of(facts, periods.get(0), true);
        }
        return PeriodChoice.severalPeriods(facts, "no period stated, and the table has figures for " + list(periods));
    }

    /**
     * A membership changes as members come and go: only a count for that very date says what it was. Dated by a
     * month or year ("the 21st member in September 2023"), the one count the tables date within it that equals
     * the ordinal supports it; no such count leaves it unverifiable, since the tables need not hold every count
     * of the month.
     */
    private static PeriodChoice ordinalCount(Claim claim, List<Fact> facts) {
        List<Fact> same = facts.stream().filter(f -> samePeriod(f.period(), claim.period())).toList();
        if (!same.isEmpty()) {
            return PeriodChoice.of(same, claim.period(), false);
        }
        List<Fact> within = facts.stream().filter(f -> f.period() != null && claim.period().contains(f.period())
                && f.value() instanceof Amount a && claim.value() instanceof Amount c
                && a.number().compareTo(c.number()) == 0).toList();
        if (within.size() == 1) {
            // Only an equal count is taken, so this can support and never contradict.
            return PeriodChoice.of(within, within.get(0).period(), false);
        }
        return PeriodChoice.missing("no count for " + ValueText.of(claim.period()) + ", the date the ordinal counts on");
    }

    public static boolean samePeriod(DateValue a, DateValue b) {
        return a != null && b != null && a.first().equals(b.first()) && a.last().equals(b.last());
    }

    private static List<DateValue> periods(List<Fact> facts) {
        List<DateValue> periods = new ArrayList<>();
        for (Fact f : facts) {
            if (f.period() != null && periods.stream().noneMatch(p -> samePeriod(p, f.period()))) {
                periods.add(f.period());
            }
        }
        periods.sort((a, b) -> a.first().compareTo(b.first()));
        return periods;
    }

    private static String list(List<DateValue> periods) {
        return String.join(", ", periods.stream().map(ValueText::of).toList());
    }
}
