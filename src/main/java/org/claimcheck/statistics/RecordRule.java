package org.claimcheck.statistics;

import java.util.List;
import java.util.Optional;
import org.claimcheck.series.YearlyPoint;

/**
 * A record: "the highest since 2008", "at its lowest level … since 1960", "the lowest ever". The claimed year (or,
 * for a claim about now, the latest figure before the publication year) must be the highest (lowest) of every
 * year from the one named to it; "ever" means the series' whole history, and "since" excludes the named year
 * itself only when the text says the level was last seen then, which a series cannot tell apart: then both
 * readings must agree.
 */
final class RecordRule implements Rule {

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        int sign = r.says("highest|largest|most|record high|peak") ? 1 : r.says("lowest|smallest|least|record low")
                ? -1 : 0;
        if (sign == 0 || !(r.says("since|ever|on record"))) {
            return Optional.empty();
        }
        ClaimedPeriod p = r.period();
        if (p.kind() == ClaimedPeriod.Kind.BEFORE) {
            return Optional.empty();
        }
        int from = r.says("ever|on record") && p.kind() == ClaimedPeriod.Kind.PRESENT ? Integer.MIN_VALUE : p.from();
        int end = r.published() == null ? p.to() : r.published().getYear() - 1;
        List<YearlyPoint> points = r.between(from, end);
        if (points.size() < 2 || (from != Integer.MIN_VALUE && points.get(0).year() != from)) {
            return Optional.of(r.unverifiable("no figure for " + (from == Integer.MIN_VALUE ? "the record" : from)));
        }
        YearlyPoint last = points.get(points.size() - 1);
        boolean withStart = points.stream().allMatch(pt -> sign * (last.value() - pt.value()) >= 0);
        boolean withoutStart = points.subList(1, points.size()).stream()
                .allMatch(pt -> sign * (last.value() - pt.value()) >= 0);
        String years = points.get(0).year() + "\u2013" + last.year();
        String shown = r.show(List.of(points.get(0), last));
        if (withStart == withoutStart) {
            return Optional.of(r.finding(withStart ? Outcome.SUPPORTED : Outcome.CONTRADICTED, shown,
                    last.year() + (withStart ? " is" : " is not") + " the " + (sign > 0 ? "highest" : "lowest")
                            + " of " + years, years));
        }
        return Optional.of(r.unverifiable(last.year() + " is the " + (sign > 0 ? "highest" : "lowest")
                + " only if " + points.get(0).year() + " itself is left out"));
    }
}
