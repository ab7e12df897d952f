package org.claimcheck.statistics;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.claimcheck.series.YearlyPoint;

/**
 * A level in one year ("in 2017, less than 15% … had access to electricity") or now ("eight out of 10 South
 * Africans have electricity", no date: the latest figures before publication, see {@link Reading#latest()}).
 * Now is supported when the latest or the year before fits, contradicted when neither does.
 */
final class LevelRule implements Rule {

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        if (r.figure() == null) {
            return Optional.empty();
        }
        ClaimedPeriod p = r.period();
        if (p.kind() == ClaimedPeriod.Kind.YEAR) {
            OptionalDouble v = r.in(p.from());
            if (v.isEmpty()) {
                return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR, "no figure for " + p.from()));
            }
            if (r.figure().farFrom(v.getAsDouble())) {
                return Optional.of(r.unverifiable(Ground.ANOTHER_QUANTITY, "the figure is far off "
                        + r.show(v.getAsDouble()) + " in " + p.from() + ": likely another quantity"));
            }
            List<YearlyPoint> used = List.of(new YearlyPoint(p.from(), v.getAsDouble()));
            Outcome outcome = r.figure().judge(v.getAsDouble());
            return Optional.of(r.finding(Ground.LEVEL, outcome, r.show(used), outcome == Outcome.UNVERIFIABLE
                    ? StatedFigure.WITHIN_MARGIN : "", Integer.toString(p.from())));
        }
        if (p.kind() != ClaimedPeriod.Kind.PRESENT) {
            return Optional.empty();
        }
        List<YearlyPoint> latest = r.latest();
        if (latest.isEmpty()) {
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR,
                    "no figure for the three years before publication"));
        }
        if (r.figure().farFrom(latest.get(latest.size() - 1).value())) {
            return Optional.of(r.unverifiable(Ground.ANOTHER_QUANTITY, "the figure is far off " + r.show(latest)
                    + ": likely another quantity"));
        }
        Optional<YearlyPoint> fits = latest.stream().filter(pt -> r.figure().holds(pt.value()))
                .reduce((a, b) -> b);
        boolean clearlyNot = latest.stream().allMatch(pt -> r.figure().judge(pt.value()) == Outcome.CONTRADICTED);
        String years = latest.get(0).year() + (latest.size() > 1 ? "\u2013" + latest.get(latest.size() - 1).year() : "");
        String note = "now read as the latest figures before publication (" + years + ")";
        if (fits.isPresent()) {
            return Optional.of(r.finding(Ground.LEVEL, Outcome.SUPPORTED, r.show(latest),
                    note + "; " + fits.get().year() + " fits", years));
        }
        return Optional.of(r.finding(Ground.LEVEL, clearlyNot ? Outcome.CONTRADICTED : Outcome.UNVERIFIABLE,
                r.show(latest), clearlyNot ? note : note + "; " + StatedFigure.WITHIN_MARGIN, years));
    }
}
