package org.claimcheck.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimcheck.problem.Problem;
import org.claimcheck.series.SeriesLoad;
import org.claimcheck.series.SeriesLoader;
import org.claimcheck.text.Position;
import org.claimcheck.text.Sha256;

/**
 * Reads and validates every reference table ({@code *.csv}) in a directory: subjects, attributes and facts are
 * required, an exchange-rate table is optional. The result is all or nothing: any problem in any table yields
 * {@link ReferenceIndex#EMPTY} with every problem found, sorted by file and position. A folder with a
 * {@code series/manifest.csv} has time series too ({@link SeriesLoader}); they are part of the all or nothing.
 */
public final class ReferenceLoader {

    private ReferenceLoader() {
    }

    /** Loads {@code dir}; an invalid set of tables yields {@link ReferenceIndex#EMPTY} and its problems. */
    public static LoadResult load(Path dir) {
        String dirName = dir.toString();
        List<Path> files;
        try {
            files = csvFiles(dir);
        } catch (IOException e) {
            files = List.of();
        }
        if (files.isEmpty()) {
            return invalid(List.of(Problem.error(ReferenceProblems.NO_TABLES, dirName,
                    ReferenceProblems.noTables(dirName))));
        }
        List<Problem> problems = new ArrayList<>();
        Map<TableKind, List<TableColumns>> tables = new EnumMap<>(TableKind.class);
        Map<String, String> pathOf = new HashMap<>();
        boolean allClassified = true;
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files) {
            String path = dir.resolve(file.getFileName()).toString();
            pathOf.put(file.getFileName().toString(), path);
            CsvTableReader.Outcome outcome = CsvTableReader.read(file, path);
            outcome.problem().ifPresent(problems::add);
            // Evidence names each table by this path, so the path is part of what findings depend on.
            outcome.table().ifPresent(t -> fingerprint.append(t.sha256()).append(' ').append(path).append('\n'));
            Optional<TableKind> kind = outcome.table().flatMap(t -> classify(t, problems));
            if (kind.isEmpty()) {
                allClassified = false;
                continue;
            }
            TableColumns columns = TableColumns.check(outcome.table().get(), kind.get());
            problems.addAll(columns.problems());
            tables.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(columns);
        }
        if (allClassified) {
            for (TableKind kind : TableKind.values()) {
                if (kind.isMandatory() && !tables.containsKey(kind)) {
                    problems.add(Problem.error(ReferenceProblems.MISSING_TABLE, dirName,
                            ReferenceProblems.missingTable(kind, dirName)));
                }
            }
        }
        SubjectReader subjects = new SubjectReader(problems);
        AttributeReader attributes = new AttributeReader(problems);
        // An id missing from a table that could not be read is not reported: it may well be defined there.
        boolean referencesComplete = allClassified
                && complete(tables, TableKind.SUBJECTS) && complete(tables, TableKind.ATTRIBUTES);
        FactReader facts = new FactReader(problems, subjects, attributes, referencesComplete);
        subjects.read(rows(tables, TableKind.SUBJECTS, problems));
        attributes.read(rows(tables, TableKind.ATTRIBUTES, problems));
        facts.read(rows(tables, TableKind.FACTS, problems));
        problems.addAll(FactConsistency.check(facts.facts(), pathOf));
        RateReader rates = new RateReader(problems);
        rates.read(rows(tables, TableKind.RATES, problems));
        SeriesLoad series = SeriesLoader.load(dir);
        problems.addAll(series.problems());
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        // Without series the fingerprint stays what it was, so caches made before series existed remain valid.
        if (!series.fingerprint().isEmpty()) {
            fingerprint.append(series.fingerprint()).append(" series\n");
        }
        return new LoadResult(new ReferenceIndex(subjects.subjects(), attributes.attributes(), facts.facts(),
                rates.rates()), series.index(), List.of(),
                Sha256.hex(fingerprint.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    private static Optional<TableKind> classify(CsvTable table, List<Problem> problems) {
        Optional<TableKind> kind = TableKind.classify(table.header().cells(), table.fileName());
        if (kind.isEmpty()) {
            problems.add(Problem.error(ReferenceProblems.UNRECOGNISED_HEADER, table.path(), new Position(1, 1),
                    ReferenceProblems.unrecognisedHeader(table.header().cells())));
        }
        return kind;
    }

    private static boolean complete(Map<TableKind, List<TableColumns>> tables, TableKind kind) {
        return tables.containsKey(kind) && tables.get(kind).stream().allMatch(TableColumns::complete);
    }

    private static List<TableRow> rows(Map<TableKind, List<TableColumns>> tables, TableKind kind,
            List<Problem> problems) {
        List<TableRow> rows = new ArrayList<>();
        for (TableColumns columns : tables.getOrDefault(kind, List.of())) {
            if (columns.complete()) {
                rows.addAll(columns.rows(problems));
            }
        }
        return rows;
    }

    private static LoadResult invalid(List<Problem> problems) {
        return new LoadResult(ReferenceIndex.EMPTY, problems.stream().sorted().toList(), "");
    }
}
