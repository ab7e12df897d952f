package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.words.ValueText;

/**
 * Checks "a record $147 billion in 2021" against the series: the claimed period's figure must be the highest
 * of every period of the same length up to and including it, each period at the vintage the article could
 * know. A table with no earlier period cannot confirm a record, and says so.
 */
final class RecordRule {

    /** The result: {@code beaten} is the earlier figure that was higher, when there is one. */
    record Check(boolean holds, String detail, Fact beaten) {
    }

    private RecordRule() {
    }

    static Check check(Fact chosen, List<Fact> series, LocalDate published) {
        if (chosen.period() == null || !(chosen.value() instanceof Amount value)) {
            return new Check(true, "record not checked: the figure has no period", null);
        }
        List<Fact> earlier = new ArrayList<>();
        for (DateValue period : earlierPeriods(chosen.period(), series)) {
            List<Fact> facts = series.stream().filter(f -> PeriodSelector.samePeriod(f.period(), period)).toList();
            VintageSelector.select(facts, published).judged().stream().findFirst().ifPresent(earlier::add);
        }
        if (earlier.isEmpty()) {
            return new Check(true, "record not checked: the table has no earlier period", null);
        }
        Optional<Fact> higher = earlier.stream()
                .filter(f -> f.value() instanceof Amount a && a.unit().comparableWith(value.unit())
                        && a.inBaseUnit().compareTo(value.inBaseUnit()) > 0)
                .max(Comparator.comparing(f -> ((Amount) f.value()).inBaseUnit()));
        if (higher.isPresent()) {
            Fact h = higher.get();
            return new Check(false, "not a record: " + ValueText.of(h.period()) + " had " + ValueText.of(h.value()), h);
        }
        DateValue first = earlier.stream().map(Fact::period).min(Comparator.comparing(DateValue::first)).orElseThrow();
        return new Check(true, "a record: the highest since " + ValueText.of(first), null);
    }

    private static List<DateValue> earlierPeriods(DateValue period, List<Fact> series) {
        List<DateValue> periods = new ArrayList<>();
        for (Fact f : series) {
            DateValue p = f.period();
            if (p != null && p.granularity() == period.granularity() && p.last().isBefore(period.first())
                    && periods.stream().noneMatch(q -> PeriodSelector.samePeriod(q, p))) {
                periods.add(p);
            }
        }
        return periods;
    }
}
