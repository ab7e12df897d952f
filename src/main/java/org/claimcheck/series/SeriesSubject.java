package org.claimcheck.series;

import java.util.List;
import java.util.Objects;

/**
 * A country, region or group that series give figures for, named by the code the data files use as a column
 * ({@code GBR}, {@code OWID_WRL}). Names are for display and for a gazetteer to map text onto codes; this package
 * does not match names in text.
 *
 * @param code the entity code: ISO 3166 alpha-3 or a source's own code such as {@code OWID_WRL}
 * @param name the display name ("United Kingdom")
 * @param aliases other names the source gives ("UK")
 */
public record SeriesSubject(String code, String name, List<String> aliases) {

    public SeriesSubject {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
