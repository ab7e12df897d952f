package org.claimcheck.series.owid;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimcheck.series.SeriesLoader;
import org.claimcheck.series.SeriesSubject;

/**
 * Writes an import into the output folder. The new {@code series/} folder is built beside the old one and moved
 * into place only when complete, so an import that fails half-way leaves the previous series as they were.
 */
final class SeriesFolderWriter {

    static final List<String> MANIFEST_HEADER = List.of("attribute", "title", "file", "layout", "unit",
            "unit_kind", "scale", "phrases", "source", "licence", "vintage", "subject_columns", "note");

    private SeriesFolderWriter() {
    }

    /** Writes the series, then copies reference tables the folder lacks; returns the names of those copied. */
    static List<String> write(ImportSettings settings, List<Path> files, List<ManifestRow> rows,
            List<SeriesSubject> subjects) throws ImportException {
        Path out = settings.out();
        Path target = out.resolve(SeriesLoader.FOLDER);
        Path staging = out.resolve(".series-import");
        try {
            Files.createDirectories(out);
            deleteTree(staging);
            Files.createDirectories(staging.resolve("data"));
            for (Path file : files) {
                Files.copy(file, staging.resolve("data").resolve(file.getFileName()));
            }
            try (CSVPrinter csv = printer(staging.resolve(SeriesLoader.MANIFEST))) {
                csv.printRecord(MANIFEST_HEADER);
                for (ManifestRow row : rows) {
                    csv.printRecord(row.cells());
                }
            }
            try (CSVPrinter csv = printer(staging.resolve(SeriesLoader.SUBJECTS))) {
                csv.printRecord("code", "name", "aliases", "note");
                for (SeriesSubject s : subjects) {
                    csv.printRecord(s.code(), s.name(), String.join("|", s.aliases()), "");
                }
            }
            deleteTree(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return copyTables(settings, out);
        } catch (IOException e) {
            throw ImportException.in(out.toString(), "cannot write the reference folder: " + e);
        }
    }

    private static CSVPrinter printer(Path file) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180);
    }

    /**
     * Copies the top-level tables of {@code settings.tables()} that {@code out} does not have: a curator's own
     * subjects or facts in the output folder are never overwritten.
     */
    private static List<String> copyTables(ImportSettings settings, Path out) throws IOException {
        List<String> copied = new ArrayList<>();
        if (settings.tables().isEmpty()) {
            return copied;
        }
        try (Stream<Path> entries = Files.list(settings.tables().get())) {
            for (Path table : entries.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList()) {
                Path dest = out.resolve(table.getFileName());
                if (!Files.exists(dest)) {
                    Files.copy(table, dest);
                    copied.add(table.getFileName().toString());
                }
            }
        }
        return copied;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
