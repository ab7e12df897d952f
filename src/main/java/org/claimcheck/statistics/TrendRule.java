package org.claimcheck.statistics;

import java.util.List;
import java.util.Optional;
import org.claimcheck.series.YearlyPoint;

/**
 * A direction or multiple over a span, stated with no figure: "has been decreasing since 2005", "has more than
 * doubled since 1990", "has been steadily decreasing since 2000". The direction compares the span's first and
 * last figures ("steadily" also asks three in four year-on-year steps to go that way); "doubled", "tripled",
 * "halved" allow 5 % around the ratio, "more than doubled" is a bound. The end of a span running to now is the
 * latest figure before the publication year.
 */
final class TrendRule implements Rule {

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        ClaimedPeriod p = r.period();
        if (r.figure() != null || (p.kind() != ClaimedPeriod.Kind.SINCE && p.kind() != ClaimedPeriod.Kind.SPAN)) {
            return Optional.empty();
        }
        int end = p.kind() == ClaimedPeriod.Kind.SINCE && r.published() != null ? r.published().getYear() - 1 : p.to();
        List<YearlyPoint> points = r.between(p.from(), end);
        if (points.size() < 2 || points.get(0).year() != p.from()) {
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR, "no figure for " + p.from()));
        }
        YearlyPoint a = points.get(0);
        YearlyPoint b = points.get(points.size() - 1);
        String shown = r.show(List.of(a, b));
        String years = a.year() + "\u2013" + b.year();
        Optional<Double> multiple = multiple(r);
        if (multiple.isPresent()) {
            if (a.value() == 0) {
                return Optional.of(r.unverifiable(Ground.ZERO_BASE, "the first figure is zero"));
            }
            double ratio = b.value() / a.value();
            double m = multiple.get();
            boolean holds = r.says("more than|over") ? ratio > m : Math.abs(ratio - m) <= 0.05 * m;
            return Optional.of(r.finding(Ground.TREND, holds ? Outcome.SUPPORTED : Outcome.CONTRADICTED, shown,
                    "a ratio of " + StatedFigure.format(ratio), years));
        }
        int direction = r.says("increasing|rising|growing|increased|risen|grown") ? 1
                : r.says("decreasing|declining|falling|decreased|declined|fallen|shrinking") ? -1 : 0;
        if (direction == 0) {
            return Optional.empty();
        }
        boolean overall = Math.signum(b.value() - a.value()) == direction;
        if (r.says("steadily|consistently|continuously|every year")) {
            long steps = 0;
            for (int i = 1; i < points.size(); i++) {
                if (Math.signum(points.get(i).value() - points.get(i - 1).value()) == direction) {
                    steps++;
                }
            }
            boolean steady = steps * 4 >= 3L * (points.size() - 1);
            return Optional.of(r.finding(Ground.TREND, overall && steady ? Outcome.SUPPORTED : Outcome.CONTRADICTED,
                    shown, steps + " of " + (points.size() - 1) + " yearly steps go that way", years));
        }
        return Optional.of(r.finding(Ground.TREND, overall ? Outcome.SUPPORTED : Outcome.CONTRADICTED, shown, "",
                years));
    }

    private static Optional<Double> multiple(Reading r) {
        if (r.says("doubled")) {
            return Optional.of(2.0);
        }
        if (r.says("tripled|trebled")) {
            return Optional.of(3.0);
        }
        if (r.says("halved")) {
            return Optional.of(0.5);
        }
        return Optional.empty();
    }
}
