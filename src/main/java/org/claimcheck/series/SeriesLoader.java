package org.claimcheck.series;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Sha256;

/**
 * Loads the time series of a reference folder: {@code series/manifest.csv} (one row per attribute),
 * {@code series/subjects.csv} (the subject codes the data may use) and the data files the manifest names,
 * relative to its folder. All or nothing, like the other tables: any problem yields {@link SeriesIndex#EMPTY}
 * with every problem found, sorted by file and position, so a broken file never leaves a series silently empty.
 */
public final class SeriesLoader {

    /** Where a reference folder keeps its series, apart from the tables every {@code *.csv} of which is read. */
    public static final String FOLDER = "series";
    public static final String MANIFEST = "manifest.csv";
    public static final String SUBJECTS = "subjects.csv";

    private SeriesLoader() {
    }

    /** The manifest of reference folder {@code refsDir}, whether or not it exists. */
    public static Path manifestOf(Path refsDir) {
        return refsDir.resolve(FOLDER).resolve(MANIFEST);
    }

    /** Whether {@code refsDir} has series to load. */
    public static boolean hasSeries(Path refsDir) {
        return Files.isRegularFile(manifestOf(refsDir));
    }

    /** Loads the series of {@code refsDir}; a folder without a manifest has none (an empty, valid load). */
    public static SeriesLoad load(Path refsDir) {
        if (!hasSeries(refsDir)) {
            return new SeriesLoad(SeriesIndex.EMPTY, List.of(), "");
        }
        Path folder = refsDir.resolve(FOLDER);
        List<Problem> problems = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        String manifestPath = folder.resolve(MANIFEST).toString();
        List<ManifestEntry> entries = SeriesCsv.read(folder.resolve(MANIFEST), manifestPath, problems)
                .map(csv -> {
                    note(fingerprint, csv);
                    return ManifestReader.read(csv, problems);
                }).orElse(List.of());
        String subjectsPath = folder.resolve(SUBJECTS).toString();
        List<SeriesSubject> subjects = List.of();
        if (!Files.isRegularFile(folder.resolve(SUBJECTS))) {
            problems.add(Problem.error(SeriesProblems.MISSING_SUBJECTS, subjectsPath,
                    SeriesProblems.missingSubjects(subjectsPath)));
        } else {
            subjects = SeriesCsv.read(folder.resolve(SUBJECTS), subjectsPath, problems).map(csv -> {
                note(fingerprint, csv);
                return SubjectTableReader.read(csv, problems);
            }).orElse(List.of());
        }
        Set<String> known = new HashSet<>();
        subjects.forEach(s -> known.add(s.code()));
        // Codes are not checked against a subjects table that could not be read: each would be reported unknown.
        boolean subjectsRead = problems.stream().noneMatch(p -> p.path().equals(subjectsPath));
        Predicate<String> codes = subjectsRead ? known::contains : code -> true;
        List<Series> series = readData(folder, entries, manifestPath, codes, subjectsPath, problems, fingerprint);
        Set<String> withData = new HashSet<>();
        series.forEach(s -> withData.add(s.attributeId()));
        for (ManifestEntry entry : entries) {
            String id = entry.attribute().id();
            // Only worth saying when nothing else is wrong: a file that failed to read has no data either.
            if (!withData.contains(id) && problems.isEmpty()) {
                problems.add(entry.error(SeriesProblems.NO_DATA, "file", SeriesProblems.noData(id)));
            }
        }
        if (!problems.isEmpty()) {
            return new SeriesLoad(SeriesIndex.EMPTY, problems.stream().sorted().toList(), "");
        }
        List<SeriesAttribute> attributes = entries.stream().map(ManifestEntry::attribute).toList();
        return new SeriesLoad(new SeriesIndex(attributes, subjects, series), List.of(),
                Sha256.hex(fingerprint.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads each data file once, files side by side: the files are independent, and reading them is most of
     * the load. Each file's problems and series are collected apart, then merged in manifest order.
     */
    private static List<Series> readData(Path folder, List<ManifestEntry> entries, String manifestPath,
            Predicate<String> codes, String subjectsPath, List<Problem> problems, StringBuilder fingerprint) {
        // Keyed by Path, not by its text, so a folder on another file system (a zip, say) stays on it.
        Map<Path, List<ManifestEntry>> byFile = new LinkedHashMap<>();
        for (ManifestEntry entry : entries) {
            Path file = folder.resolve(entry.attribute().file()).normalize();
            if (!Files.isRegularFile(file)) {
                problems.add(entry.error(SeriesProblems.MISSING_FILE, "file", SeriesProblems.missingFile()));
                continue;
            }
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(entry);
        }
        Map<Path, FileResult> results = new ConcurrentHashMap<>();
        byFile.entrySet().parallelStream().forEach(e -> results.put(e.getKey(),
                readFile(e.getKey(), e.getValue(), manifestPath, codes, subjectsPath)));
        List<Series> series = new ArrayList<>();
        for (Path file : byFile.keySet()) {
            FileResult result = results.get(file);
            problems.addAll(result.problems());
            series.addAll(result.series());
            fingerprint.append(result.sha256()).append(' ').append(file).append('\n');
        }
        return Collections.unmodifiableList(series);
    }

    private record FileResult(List<Series> series, List<Problem> problems, String sha256) {
    }

    private static FileResult readFile(Path file, List<ManifestEntry> entries, String manifestPath,
            Predicate<String> codes, String subjectsPath) {
        List<Problem> problems = new ArrayList<>();
        List<Series> series = new ArrayList<>();
        List<ManifestEntry> wide = entries.stream().filter(e -> e.layout() == Layout.WIDE).toList();
        Map<String, ManifestEntry> longEntries = new LinkedHashMap<>();
        entries.stream().filter(e -> e.layout() == Layout.LONG).forEach(e -> longEntries.put(e.attribute().id(), e));
        String sha256 = "";
        if (!wide.isEmpty()) {
            Optional<SeriesText> text = SeriesText.read(file, file.toString(), problems);
            if (text.isPresent()) {
                sha256 = Sha256.hex(text.get().sha256());
                for (ManifestEntry entry : wide) {
                    series.addAll(WideSeriesReader.read(text.get(), entry, codes, subjectsPath, problems));
                }
            }
        }
        if (!longEntries.isEmpty()) {
            Optional<SeriesCsv> csv = SeriesCsv.read(file, file.toString(), problems);
            if (csv.isPresent()) {
                sha256 = Sha256.hex(csv.get().sha256());
                series.addAll(LongSeriesReader.read(csv.get(), longEntries, manifestPath, codes, subjectsPath,
                        problems));
            }
        }
        return new FileResult(series, problems, sha256);
    }

    private static void note(StringBuilder fingerprint, SeriesCsv csv) {
        fingerprint.append(Sha256.hex(csv.sha256())).append(' ').append(csv.path()).append('\n');
    }
}
