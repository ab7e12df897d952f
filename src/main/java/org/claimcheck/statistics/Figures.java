package org.claimcheck.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.claimcheck.series.Series;
import org.claimcheck.series.YearlyPoint;

/**
 * The yearly figures a reading judges: one series, or the sum of several that the sentence names together
 * ("wind and solar were less than 1% of electricity": the two shares added, in the years both have a figure).
 */
final class Figures {

    private final TreeMap<Integer, Double> byYear;
    private final String source;

    private Figures(TreeMap<Integer, Double> byYear, String source) {
        this.byYear = byYear;
        this.source = source;
    }

    static Figures of(Series series) {
        TreeMap<Integer, Double> m = new TreeMap<>();
        series.points().forEach(p -> m.put(p.year(), p.value()));
        return new Figures(m, series.source());
    }

    /** Figures computed from series ({@link WorldShare}): year to value, and the source they come from. */
    static Figures of(TreeMap<Integer, Double> byYear, String source) {
        return new Figures(new TreeMap<>(byYear), source);
    }

    /** The sum of the series, in the years every one of them has a figure. */
    static Figures sum(List<Series> parts) {
        TreeMap<Integer, Double> m = new TreeMap<>(of(parts.get(0)).byYear);
        for (Series s : parts.subList(1, parts.size())) {
            m.keySet().retainAll(of(s).byYear.keySet());
            m.replaceAll((year, v) -> v + s.findValue(year).orElseThrow());
        }
        return new Figures(m, parts.get(0).source());
    }

    List<YearlyPoint> between(int from, int to) {
        List<YearlyPoint> out = new ArrayList<>();
        byYear.subMap(from, true, to, true).forEach((y, v) -> out.add(new YearlyPoint(y, v)));
        return out;
    }

    OptionalDouble in(int year) {
        Double v = byYear.get(year);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    Optional<YearlyPoint> first() {
        return byYear.isEmpty() ? Optional.empty()
                : Optional.of(new YearlyPoint(byYear.firstKey(), byYear.firstEntry().getValue()));
    }

    String source() {
        return source;
    }
}
