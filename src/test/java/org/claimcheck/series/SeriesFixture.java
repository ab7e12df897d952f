package org.claimcheck.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid series folder (a wide file and a long file) in a temporary reference folder; each test breaks one
 * thing in it. Paths in messages start with the reference folder as given.
 */
final class SeriesFixture {

    static final String MANIFEST_HEADER = "attribute,title,file,layout,unit,unit_kind,scale,phrases,source,licence,"
            + "vintage,subject_columns,note\n";
    static final String MANIFEST = MANIFEST_HEADER
            + "unemployment-rate,Unemployment rate,data/unemployment.csv,wide,%,percent,,unemployment rate|jobless"
            + " rate,Example statistics office,CC BY 4.0,2024-05-01,,\n"
            + "life-expectancy,Life expectancy,long.csv,long,years,years,,life expectancy,Example health office,,,,\n";
    static final String SUBJECTS = """
            code,name,aliases,note
            GBR,United Kingdom,UK|Britain,
            FRA,France,,
            OWID_WRL,World,,
            """;
    static final String WIDE = """
            Date,GBR,FRA,OWID_WRL
            2008,5.7,7.4,
            2010,7.8,,6.1
            2009,7.6,9.1,
            """;
    static final String LONG = """
            subject,attribute,period,value,unit,source
            GBR,life-expectancy,2019,81.2,years,
            GBR,life-expectancy,2020,80.4,,Revised release
            FRA,life-expectancy,2019,82.8,years,
            """;

    private final Path refs;
    private final Map<String, String> files = new LinkedHashMap<>();

    SeriesFixture(Path refs) {
        this.refs = refs;
        with("manifest.csv", MANIFEST).with("subjects.csv", SUBJECTS).with("data/unemployment.csv", WIDE)
                .with("long.csv", LONG);
    }

    /** Sets the file at {@code path} inside the series folder. */
    SeriesFixture with(String path, String content) {
        files.put(path, content);
        return this;
    }

    SeriesFixture without(String path) {
        files.remove(path);
        return this;
    }

    /** Writes the files and loads the folder. */
    SeriesLoad load() {
        write();
        return SeriesLoader.load(refs);
    }

    Path write() {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = refs.resolve("series").resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return refs;
    }

    /** The path a message names for a file of the series folder. */
    String path(String file) {
        return refs.resolve("series").resolve(file).toString();
    }
}
