package org.claimcheck.series.owid;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import reads and writes.
 *
 * @param source a folder laid out like TSVer's {@code time_series}: {@code csv/}, {@code metadata.json},
 *     {@code country_codes.yaml}
 * @param out the reference folder to write; its {@code series/} folder is replaced, other files are kept
 * @param tables reference tables to copy into {@code out} where it has no file of that name yet (the subjects,
 *     attributes and facts a reference folder needs besides its series); empty to copy none
 * @param vintage {@code yyyy-mm-dd} when the series were exported, or empty when unknown
 */
public record ImportSettings(Path source, Path out, Optional<Path> tables, String vintage) {

    public ImportSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(vintage, "vintage");
    }
}
