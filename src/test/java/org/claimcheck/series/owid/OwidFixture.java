package org.claimcheck.series.owid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny folder laid out like TSVer's time_series: two series, their metadata and the entity names. */
public final class OwidFixture {

    public static final String METADATA = """
            [
              {
                "filename": "unemployment-rate.csv",
                "title": "Unemployment Rate",
                "description": "Share of the labour force without work.",
                "unit": "%"
              },
              {
                "filename": "new-series.csv",
                "title": "Share of the population with access to pianos (estimated)",
                "description": "Not in the vocabulary.",
                "unit": "% of population"
              }
            ]
            """;
    public static final String CODES = """
            CIV:
            - "C\\xF4te d'Ivoire"
            - Cote d'Ivoire
            GBR:
            - United Kingdom
            OWID_USS:
              - USSR
            """;
    public static final String UNEMPLOYMENT = """
            Date,CIV,GBR,WB_SSA
            2019,3.3,3.8,6.0
            2020,3.5,4.5,
            """;
    public static final String PIANOS = """
            Date,GBR,XKX
            2020,12.5,1e-05
            """;

    private OwidFixture() {
    }

    /** Writes the folder into {@code dir} and returns it. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("csv"));
            Files.writeString(dir.resolve("metadata.json"), METADATA, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("country_codes.yaml"), CODES, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("csv/unemployment-rate.csv"), UNEMPLOYMENT, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("csv/new-series.csv"), PIANOS, StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
