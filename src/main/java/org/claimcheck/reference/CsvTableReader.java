package org.claimcheck.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.problem.Problem;
import org.claimcheck.reference.CsvTable.CsvRow;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.StrictUtf8;
import org.claimcheck.text.Position;
import org.claimcheck.text.Sha256;

/** Reads one CSV file (RFC 4180, UTF-8, byte-order mark tolerated) into a {@link CsvTable}, or says why not. */
final class CsvTableReader {

    /** Blank lines are skipped rather than read as one-cell rows: a trailing blank line is not an error. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

    /** The table, or the problem that stopped the file from being read. */
    record Outcome(Optional<CsvTable> table, Optional<Problem> problem) {
    }

    private CsvTableReader() {
    }

    static Outcome read(Path file, String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(Problem.error(ReferenceProblems.UNREADABLE_FILE, path,
                    ReferenceProblems.unreadableFile(String.valueOf(e.getMessage()))));
        }
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.ok()) {
            return failed(Problem.error(ReferenceProblems.INVALID_UTF8, path, decoded.badPosition(),
                    ReferenceProblems.invalidUtf8(bytes[decoded.badOffset()] & 0xFF)));
        }
        String text = decoded.text();
        LineMap lines = LineMap.of(text);
        List<CsvRow> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                records.add(row(text, lines, record));
            }
        } catch (IOException | UncheckedIOException e) {
            return failed(malformed(text, lines, path, e));
        }
        if (records.isEmpty()) {
            return failed(Problem.error(ReferenceProblems.EMPTY_TABLE, path, new Position(1, 1),
                    ReferenceProblems.emptyTable()));
        }
        String fileName = file.getFileName().toString();
        return new Outcome(Optional.of(new CsvTable(path, fileName, Sha256.hex(bytes), records.get(0),
                records.subList(1, records.size()))), Optional.empty());
    }

    private static CsvRow row(String text, LineMap lines, CSVRecord record) {
        List<String> cells = record.toList();
        List<Integer> starts = CellLocator.cellStarts(text, (int) record.getCharacterPosition());
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int offset = starts.get(Math.min(i, starts.size() - 1));
            positions.add(lines.position(offset));
        }
        return new CsvRow(positions.get(0).line(), cells, positions);
    }

    private static Problem malformed(String text, LineMap lines, String path, Exception e) {
        return CellLocator.findMalformation(text)
                .map(m -> Problem.error(ReferenceProblems.MALFORMED_CSV, path, lines.position(m.offset()),
                        ReferenceProblems.malformedCsv(m.reason())))
                .orElseGet(() -> Problem.error(ReferenceProblems.MALFORMED_CSV, path, new Position(1, 1),
                        ReferenceProblems.malformedCsv(String.valueOf(e.getMessage()))));
    }

    private static Outcome failed(Problem problem) {
        return new Outcome(Optional.empty(), Optional.of(problem));
    }
}
