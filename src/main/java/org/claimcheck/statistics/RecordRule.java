package org.claimcheck.statistics;

import java.util.List;
import java.util.Optional;
import org.claimcheck.series.YearlyPoint;

/**
 * A record: "the highest since 2008", "at its lowest level … since 1960", "the lowest ever"; with a figure ("hit 8%,
 * the highest since 2008") the latest figure must also fit it. The claimed year (or,
 * for a claim about now, the latest figure before the publication year) must be the highest (lowest) of every
 * year from the one named to it; "ever" means the series' whole history, and "since" excludes the named year
 * itself only when the text says the level was last seen then, which a series cannot tell apart: then both
 * readings must agree.
 */
final class RecordRule implements Rule {

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        // "at least" and "at most" are bounds, not records.
        int sign = r.says("highest|largest|(?<!at )most(?! of)|record high|peak") ? 1
                : r.says("lowest|smallest|(?<!at )least|record low") ? -1 : 0;
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
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR, "no figure for "
                    + (from == Integer.MIN_VALUE ? "the record" : from)));
        }
        YearlyPoint last = points.get(points.size() - 1);
        // "Unemployment hit 8%, the highest since 2008": the latest figure must also be the one stated.
        if (r.figure() != null) {
            Outcome level = r.figure().judge(last.value());
            if (level != Outcome.SUPPORTED) {
                return Optional.of(r.finding(Ground.RECORD, level, r.show(List.of(last)), "the latest figure, "
                        + last.year() + (level == Outcome.CONTRADICTED ? ", does not fit"
                                : ", is " + StatedFigure.WITHIN_MARGIN),
                        Integer.toString(last.year())));
            }
        }
        boolean withStart = points.stream().allMatch(pt -> sign * (last.value() - pt.value()) >= 0);
        boolean withoutStart = points.subList(1, points.size()).stream()
                .allMatch(pt -> sign * (last.value() - pt.value()) >= 0);
        String years = points.get(0).year() + "\u2013" + last.year();
        String shown = r.show(List.of(points.get(0), last));
        if (withStart == withoutStart) {
            return Optional.of(r.finding(Ground.RECORD, withStart ? Outcome.SUPPORTED : Outcome.CONTRADICTED, shown,
                    last.year() + (withStart ? " is" : " is not") + " the " + (sign > 0 ? "highest" : "lowest")
                            + " of " + years, years));
        }
        return Optional.of(r.unverifiable(Ground.RECORD_START_UNCLEAR, last.year() + " is the "
                + (sign > 0 ? "highest" : "lowest") + " only if " + points.get(0).year() + " itself is left out"));
    }
}
