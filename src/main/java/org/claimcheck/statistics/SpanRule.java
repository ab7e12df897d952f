package org.claimcheck.statistics;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.series.UnitKind;
import org.claimcheck.series.YearlyPoint;

/**
 * A figure over several years ("less than 1% between 1990 and 2006", "zero since 1988", "at least 10 died every
 * hour between 2015 and 2019"): every year with a figure must fit. "On average" compares the mean; a count over a
 * span with no rate and no word of persistence ("over 300,000 died … between 2020 and 2022") compares the total;
 * "almost" or "most of" asks for three years in four. Fewer figures than half the years leave it unverifiable.
 */
final class SpanRule implements Rule {

    private static final String PERSISTENCE = "consistently|always|never|remained|remain|each year|every year|"
            + "throughout|entire|stayed|has held|held true|have been|has been|maintained";

    /** Quantities that add up over years: a count, a mass produced, energy generated. */
    private static final Set<UnitKind> FLOWS = EnumSet.of(UnitKind.COUNT, UnitKind.TONNES, UnitKind.ENERGY);
    private static final String PER_YEAR = "annual|annually|yearly|per year|a year|per annum";
    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        ClaimedPeriod p = r.period();
        if (r.figure() == null || (p.kind() != ClaimedPeriod.Kind.SPAN && p.kind() != ClaimedPeriod.Kind.SINCE
                && p.kind() != ClaimedPeriod.Kind.BEFORE)) {
            return Optional.empty();
        }
        boolean bound = Double.isInfinite(r.figure().low()) || Double.isInfinite(r.figure().high());
        if (p.kind() == ClaimedPeriod.Kind.BEFORE && !bound) {
            return Optional.of(r.unverifiable(Ground.YEARS_UNCLEAR, "a level \u201c" + p.said()
                    + "\u201d names no year"));
        }
        if (p.to() < p.from()) {
            return Optional.of(r.unverifiable(Ground.PERIOD_AFTER_PUBLICATION, "the period " + p.said()
                    + " lies after publication"));
        }
        List<YearlyPoint> points = r.between(p.from(), p.to());
        // "Prior to 2010" is every year the series has before it.
        int years = p.kind() == ClaimedPeriod.Kind.BEFORE ? points.size() : p.to() - p.from() + 1;
        if (points.isEmpty()) {
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR, "no figure for " + p.said()));
        }
        if (points.size() * 2 < years) {
            return Optional.of(r.unverifiable(Ground.TOO_FEW_FIGURES, "figures for only " + points.size()
                    + " of the " + years + " years " + p.years()));
        }
        String span = points.get(0).year() + "\u2013" + points.get(points.size() - 1).year();
        String shown = points.size() <= 4 ? r.show(points) : summary(r, points);
        if (r.says("on average|average")) {
            double mean = points.stream().mapToDouble(YearlyPoint::value).average().orElseThrow();
            return Optional.of(r.finding(Ground.SPAN, r.figure().judge(mean), "mean " + r.show(mean) + " over "
                    + span, "", span));
        }
        boolean rate = r.figure().said().contains("\u00d7");
        // Zero over a span is zero in each year, whichever way it is read.
        boolean zero = r.figure().holds(0) && !r.figure().holds(1);
        boolean own = r.period().own();
        if (own && FLOWS.contains(r.attribute().unitKind()) && !rate && !zero && r.says(PER_YEAR)) {
            // "It was 146.3 MT between 2011-14" after "annual production": one year's figure over the span.
            if (points.size() != years) {
                return Optional.of(r.unverifiable(Ground.TOO_FEW_FIGURES, "a yearly average over " + span
                        + " needs every year's figure"));
            }
            double mean = points.stream().mapToDouble(YearlyPoint::value).average().orElseThrow();
            return Optional.of(r.finding(Ground.SPAN, r.figure().judge(mean), "yearly average " + r.show(mean)
                    + " over " + span, "read as the yearly average of the span", span));
        }
        if ((r.attribute().unitKind() == UnitKind.COUNT || own && FLOWS.contains(r.attribute().unitKind()))
                && !rate && !zero && !r.says(PERSISTENCE) && p.kind() == ClaimedPeriod.Kind.SPAN) {
            if (points.size() != years) {
                return Optional.of(r.unverifiable(Ground.TOO_FEW_FIGURES, "a total over " + span
                        + " needs every year's figure"));
            }
            double total = points.stream().mapToDouble(YearlyPoint::value).sum();
            return Optional.of(r.finding(Ground.SPAN, r.figure().judge(total), "total " + r.show(total) + " over "
                    + span, "read as the total of the span", span));
        }
        long fit = points.stream().filter(pt -> r.figure().holds(pt.value())).count();
        if (r.says("almost|nearly the entire|most of|mostly|largely")) {
            double share = (double) fit / points.size();
            if (share > 0.5 && share < 0.75) {
                return Optional.of(r.unverifiable(Ground.ALMOST_UNDECIDED, fit + " of " + points.size()
                        + " years fit; \u201calmost\u201d cannot be decided"));
            }
            return Optional.of(r.finding(Ground.SPAN, verdict(share >= 0.75), shown, fit + " of " + points.size()
                    + " years fit", span));
        }
        Optional<YearlyPoint> miss = points.stream()
                .filter(pt -> r.figure().judge(pt.value()) == Outcome.CONTRADICTED).findFirst();
        Optional<YearlyPoint> near = points.stream().filter(pt -> !r.figure().holds(pt.value())).findFirst();
        if (miss.isPresent()) {
            return Optional.of(r.finding(Ground.SPAN, Outcome.CONTRADICTED, shown, miss.get().year()
                    + " does not fit (" + r.show(miss.get().value()) + ")", span));
        }
        return Optional.of(near.isEmpty()
                ? r.finding(Ground.SPAN, Outcome.SUPPORTED, shown, "every year with a figure fits", span)
                : r.finding(Ground.SPAN, Outcome.UNVERIFIABLE, shown, near.get().year() + " ("
                        + r.show(near.get().value()) + ") is " + StatedFigure.WITHIN_MARGIN, span));
    }

    private static Outcome verdict(boolean holds) {
        return holds ? Outcome.SUPPORTED : Outcome.CONTRADICTED;
    }

    private static String summary(Reading r, List<YearlyPoint> points) {
        YearlyPoint min = points.stream().min(java.util.Comparator.comparingDouble(YearlyPoint::value)).orElseThrow();
        YearlyPoint max = points.stream().max(java.util.Comparator.comparingDouble(YearlyPoint::value)).orElseThrow();
        return points.size() + " years, lowest " + r.show(min.value()) + " in " + min.year() + ", highest "
                + r.show(max.value()) + " in " + max.year();
    }
}
