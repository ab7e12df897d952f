package org.claimcheck.series.owid;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.series.SeriesSubject;

/**
 * Turns a folder of Our World in Data series as TSVer exports them ({@code csv/*.csv} in the wide layout,
 * {@code metadata.json}, {@code country_codes.yaml}) into a reference folder: {@code series/manifest.csv} with one
 * attribute per file and its phrases, {@code series/subjects.csv}, and the data files copied to
 * {@code series/data/}. The files are copied rather than referred to so that the folder is self-contained: it
 * can be versioned and moved, and its fingerprint covers exactly the figures claims were checked against.
 */
public final class OwidImport {

    static final String SOURCE = "Our World in Data, as exported in the TSVer benchmark (Strong and Vlachos,"
            + " EMNLP 2025)";
    static final String LICENCE = "CC BY-SA 4.0";

    private OwidImport() {
    }

    public static ImportSummary run(ImportSettings settings) throws ImportException {
        Path src = settings.source();
        Path csvDir = src.resolve("csv");
        Path metadataFile = src.resolve("metadata.json");
        Path codesFile = src.resolve("country_codes.yaml");
        for (Path required : List.of(csvDir, metadataFile, codesFile)) {
            if (!Files.exists(required)) {
                throw ImportException.in(required.toString(), "not found: expected a folder laid out like TSVer's"
                        + " time_series, with csv/, metadata.json and country_codes.yaml");
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        IndicatorMetadata.read(metadataFile).forEach(i -> indicators.put(i.filename(), i));
        Map<String, List<String>> names = CountryCodes.read(codesFile);
        List<Path> files = csvFiles(csvDir);
        for (Indicator indicator : indicators.values()) {
            if (!Files.isRegularFile(csvDir.resolve(indicator.filename()))) {
                throw ImportException.at(metadataFile.toString(), indicator.line(), indicator.column(), "no file csv/"
                        + indicator.filename() + ": expected every described series to have its file");
            }
        }
        Vocabulary vocabulary = Vocabulary.bundled();
        List<ManifestRow> rows = new ArrayList<>();
        Set<String> usedCodes = new TreeSet<>();
        Set<String> ids = new TreeSet<>();
        int curated = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            usedCodes.addAll(columnCodes(file));
            Indicator indicator = indicators.get(name);
            if (indicator == null) {
                warnings.add(file + ": no description in " + metadataFile + "; titled from its file name");
                String title = name.substring(0, name.length() - 4).replace('-', ' ');
                indicator = new Indicator(name, title, "", "", 0, 0);
            }
            ManifestRow row = ManifestRow.of(indicator, vocabulary.find(name), settings.vintage());
            curated += vocabulary.find(name).isPresent() ? 1 : 0;
            if (!ids.add(row.attribute())) {
                throw ImportException.in(file.toString(), "attribute id \"" + row.attribute() + "\" is taken by"
                        + " another file: expected a distinct id (give one in the vocabulary)");
            }
            rows.add(row);
        }
        List<SeriesSubject> subjects = subjects(names, usedCodes, warnings, codesFile.toString());
        List<String> copied = SeriesFolderWriter.write(settings, files, rows, subjects);
        return new ImportSummary(rows.size(), curated, subjects.size(), copied, warnings);
    }

    private static List<Path> csvFiles(Path dir) throws ImportException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
            if (files.isEmpty()) {
                throw ImportException.in(dir.toString(), "no .csv files: expected one wide series file per"
                        + " indicator");
            }
            return files;
        } catch (IOException e) {
            throw ImportException.in(dir.toString(), "cannot list folder: " + e.getMessage());
        }
    }

    /** The entity codes a wide file's header names, every column after the year. */
    private static List<String> columnCodes(Path file) throws ImportException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw ImportException.in(file.toString(), "empty file: expected a header Date,CODE,CODE,...");
            }
            CSVRecord header = records.next();
            return header.stream().skip(1).map(String::strip).toList();
        } catch (IOException | RuntimeException e) {
            throw ImportException.at(file.toString(), 1, 1, "cannot read header: " + e.getMessage());
        }
    }

    /**
     * Every code of country_codes.yaml, plus the codes data files use that it lacks (Our World in Data's income
     * groups and World Bank regions), named from the project's short list of such codes; a code on neither list
     * keeps its code as its name and is reported, so it still loads and someone can name it.
     */
    private static List<SeriesSubject> subjects(Map<String, List<String>> names, Set<String> usedCodes,
            List<String> warnings, String codesPath) {
        Map<String, String> extra = ExtraSubjects.bundled();
        Map<String, SeriesSubject> subjects = new TreeMap<>();
        names.forEach((code, list) -> subjects.put(code, new SeriesSubject(code, list.get(0),
                list.subList(1, list.size()))));
        for (String code : usedCodes) {
            if (subjects.containsKey(code)) {
                continue;
            }
            String name = extra.get(code);
            if (name == null) {
                warnings.add(codesPath + ": no name for code " + code + ", which data files use; named by its code");
                name = code;
            }
            subjects.put(code, new SeriesSubject(code, name, List.of()));
        }
        return List.copyOf(subjects.values());
    }
}
