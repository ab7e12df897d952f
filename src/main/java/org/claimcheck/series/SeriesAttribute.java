package org.claimcheck.series;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure the series folder holds for many subjects, as its manifest row describes it: what it is called,
 * the words a text uses for it, its unit, and where the figures come from.
 *
 * @param id kebab-case attribute id, unique in the manifest ({@code access-to-electricity})
 * @param title the source's title ("Share of the population with access to electricity")
 * @param unit the unit as the source writes it ("%", "tonnes", "per 1,000 people")
 * @param unitKind what kind of quantity the unit measures
 * @param scale what one unit of a stored value is worth in the unit with its scale word removed: 1 for most
 *     series, 1000000 for "million square kilometers"
 * @param phrases short phrases a text uses for the measure ("unemployment rate", "jobless rate")
 * @param source who published the figures
 * @param licence the licence the figures are used under, empty when the manifest gives none
 * @param vintage when the figures were published or retrieved, {@code yyyy-mm-dd}; empty when unknown
 * @param file the data file, relative to the manifest's folder
 */
public record SeriesAttribute(String id, String title, String unit, UnitKind unitKind, double scale,
        List<String> phrases, String source, String licence, String vintage, String file) {

    public SeriesAttribute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitKind, "unitKind");
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(vintage, "vintage");
        Objects.requireNonNull(file, "file");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number: " + scale);
        }
    }

    public Optional<String> findVintage() {
        return vintage.isEmpty() ? Optional.empty() : Optional.of(vintage);
    }
}
