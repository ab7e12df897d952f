package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.verify.Verdict;

/**
 * A figure that states no period, judged against the table's figure without a period, may still be the table's
 * figure for a period: "the canal was 363 miles long" beside a table that holds 363 mi for 1825 (the canal as
 * built) and 351 mi without a period (the canal today). The text may give the earlier state without saying so, or
 * give a stale figure; which of the two, only a reader can tell, so a conflict with the figure without a period is
 * for review, never a contradiction.
 */
final class OtherPeriodFigure {

    private OtherPeriodFigure() {
    }

    /** The first fact with a period, in table order, whose figure the claim matches, when it states no period. */
    static Optional<Fact> matched(Claim claim, Fact judged, List<Fact> facts, LocalDate published, RateFinder rates) {
        if (claim.period() != null || judged == null || judged.period() != null) {
            return Optional.empty();
        }
        List<Fact> decided = new ArrayList<>();
        for (Fact f : facts) {
            boolean seen = decided.stream().anyMatch(d -> PeriodSelector.samePeriod(d.period(), f.period()));
            if (f.period() == null || seen) {
                continue;
            }
            decided.add(f);
            List<Fact> samePeriod = facts.stream()
                    .filter(o -> o.period() != null && PeriodSelector.samePeriod(o.period(), f.period())).toList();
            Decision d = Decision.decide(claim, VintageSelector.select(samePeriod, published), rates);
            if (d.outcome().is(Verdict.SUPPORTED)) {
                return Optional.of(d.fact());
            }
        }
        return Optional.empty();
    }
}
