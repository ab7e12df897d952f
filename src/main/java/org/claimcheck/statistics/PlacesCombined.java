package org.claimcheck.statistics;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcheck.places.Place;
import org.claimcheck.places.PlaceKind;
import org.claimcheck.series.Series;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.UnitKind;

/**
 * "In the United States and India combined, more than 3,600 people a day died from cancer": countries added up
 * by "combined", "together" or "between them" state one figure for all of them. A quantity that adds up across
 * places (a count, tonnes, energy, money) is the sum of their series, in the years every one has a figure; a
 * percentage or a rate per person does not add up, and stays unverifiable.
 */
final class PlacesCombined {

    private static final Pattern ADDED_UP = Pattern.compile("(?i)\\b(combined|together|between them|taken together)\\b");
    private static final List<UnitKind> ADDITIVE = List.of(UnitKind.COUNT, UnitKind.TONNES, UnitKind.ENERGY,
            UnitKind.CURRENCY);

    private PlacesCombined() {
    }

    /** Whether the sentence adds the places up and the figure is of a kind that adds up. */
    static boolean applies(String sentence, List<Place> places, FigureReading figure) {
        return places.size() > 1 && ADDED_UP.matcher(sentence).find() && ADDITIVE.contains(figure.kind())
                && places.stream().allMatch(p -> p.kind() == PlaceKind.COUNTRY);
    }

    /** A place standing for all of them, for explanations and evidence: "United States and India". */
    static Place of(List<Place> places) {
        String code = places.stream().map(Place::code).collect(Collectors.joining("+"));
        String names = places.stream().map(Place::name).collect(Collectors.joining(" and "));
        return new Place(code, "", PlaceKind.OTHER, names);
    }

    /** Whether every place has a series of {@code a}. */
    static boolean holds(SeriesIndex series, List<Place> places, SeriesAttribute a) {
        return ADDITIVE.contains(a.unitKind())
                && places.stream().allMatch(p -> series.findSeries(p.code(), a.id()).isPresent());
    }

    /** The places' figures added up, year by year. */
    static Figures sum(SeriesIndex series, List<Place> places, SeriesAttribute a) {
        List<Series> parts = places.stream().map(p -> series.requireSeries(p.code(), a.id())).toList();
        return Figures.sum(parts);
    }
}
