package org.claimcheck.statistics;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.claimcheck.series.Series;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.UnitKind;

/**
 * A place's share of the world's figure: "deaths in Rwanda from armed conflict accounted for over 90% of the
 * world's total conflict deaths", "China produces 55% of the world's steel". A percentage said of the world's
 * total is read against a series that is no percentage (deaths, tonnes, energy) and holds both the place and the
 * world: the place's figure over the world's, year by year.
 */
final class WorldShare {

    static final String WORLD = "OWID_WRL";
    /** "of the world's total …", "of global …", "of all … worldwide": right after the percentage. */
    private static final Pattern OF_THE_WORLD = Pattern.compile("(?i)\\s*of\\s+(?:the\\s+)?(?:world'?s|world\u2019s|"
            + "global|worldwide|total\\s+(?:world|global))\\b");

    private WorldShare() {
    }

    /** Whether the words right after a percentage make it a share of the world's figure. */
    static boolean follows(String after) {
        return OF_THE_WORLD.matcher(after).lookingAt();
    }

    /** Whether {@code a} can be read as a world share for {@code code}: no percentage, figures for both. */
    static boolean holds(SeriesIndex series, String code, SeriesAttribute a) {
        return a.unitKind() != UnitKind.PERCENT && !code.equals(WORLD) && series.findSeries(code, a.id()).isPresent()
                && series.findSeries(WORLD, a.id()).isPresent();
    }

    /** The place's share, in percent, in the years the place and the world both have a positive figure. */
    static Figures of(SeriesIndex series, String code, SeriesAttribute a) {
        Series place = series.requireSeries(code, a.id());
        Series world = series.requireSeries(WORLD, a.id());
        TreeMap<Integer, Double> share = new TreeMap<>();
        place.points().forEach(p -> world.findValue(p.year()).ifPresent(w -> {
            if (w > 0) {
                share.put(p.year(), 100 * p.value() / w);
            }
        }));
        return Figures.of(share, place.source());
    }

    /** An attribute standing for the share, for explanations. */
    static SeriesAttribute named(SeriesAttribute a) {
        return new SeriesAttribute(a.id() + "/world", a.title() + ", share of the world's total", "%",
                UnitKind.PERCENT, 1, List.of(), a.source(), a.licence(), a.vintage(), a.file());
    }
}
