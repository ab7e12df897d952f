package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.claimcheck.places.Group;
import org.claimcheck.series.YearlyPoint;

/**
 * A rank within a group the sentence names: "0.7% of its GNI …, more than any other G7 country", "the highest in
 * Africa". The place's own figure must fit first (a level, by {@link LevelRule} or {@link SpanRule}); then in
 * every year judged it must be above (below, for "lowest", "less than any") every other member of the group on
 * that year's last day. Members without a figure for a year leave it unverifiable when they are more than a
 * quarter of the group, since the missing one could be the top.
 */
final class RankRule implements Rule {

    private final Rule level;

    RankRule(Rule level) {
        this.level = level;
    }

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        if (r.rankGroup().isEmpty()) {
            return Optional.empty();
        }
        int sign = r.says("more than any|highest|largest|(?<!at )most(?! of)|top|biggest") ? 1
                : r.says("less than any|lowest|smallest|(?<!at )least|fewest") ? -1 : 0;
        if (sign == 0) {
            return Optional.of(r.unverifiable(Ground.RANK_UNREAD, "names the group "
                    + r.rankGroup().get().place().name() + " but no rank the rules read"));
        }
        Optional<StatisticalFinding> own = r.figure() == null ? Optional.empty() : level.judge(r);
        if (own.isPresent() && own.get().outcome() != Outcome.SUPPORTED) {
            return own;
        }
        List<Integer> years = years(r);
        if (years.isEmpty()) {
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR, "no figure for the years of the rank"));
        }
        Group group = r.rankGroup().get();
        for (int year : years) {
            double mine = r.in(year).orElseThrow();
            Set<String> members = group.membersOn(LocalDate.of(year, 12, 31));
            int missing = 0;
            for (String code : members) {
                if (code.equals(r.place().code())) {
                    continue;
                }
                OptionalDouble other = r.index().findSeries(code, r.attribute().id())
                        .map(s -> s.findValue(year)).orElse(OptionalDouble.empty());
                if (other.isEmpty()) {
                    missing++;
                } else if (sign * (mine - other.getAsDouble()) <= 0) {
                    return Optional.of(r.finding(Ground.RANK, Outcome.CONTRADICTED, r.show(mine) + " in " + year
                            + "; " + code + " " + r.show(other.getAsDouble()), "not the "
                            + (sign > 0 ? "highest" : "lowest") + " of " + group.place().name() + " in " + year,
                            Integer.toString(year)));
                }
            }
            if (missing * 4 > members.size()) {
                return Optional.of(r.unverifiable(Ground.GROUP_INCOMPLETE, missing + " of " + members.size()
                        + " members of " + group.place().name() + " have no figure for " + year));
            }
        }
        List<YearlyPoint> judged = years.stream().map(y -> new YearlyPoint(y, r.in(y).orElseThrow())).toList();
        return Optional.of(r.finding(Ground.RANK, Outcome.SUPPORTED, r.show(judged), "the "
                + (sign > 0 ? "highest" : "lowest") + " of " + group.place().name(),
                years.get(0) + (years.size() > 1 ? "\u2013" + years.get(years.size() - 1) : "")));
    }

    private static List<Integer> years(Reading r) {
        ClaimedPeriod p = r.period();
        List<Integer> out = new ArrayList<>();
        if (p.kind() == ClaimedPeriod.Kind.PRESENT) {
            List<YearlyPoint> latest = r.latest();
            if (!latest.isEmpty()) {
                out.add(latest.get(latest.size() - 1).year());
            }
            return out;
        }
        r.between(p.from(), p.to()).forEach(pt -> out.add(pt.year()));
        return out;
    }
}
