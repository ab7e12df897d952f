package org.claimcheck.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.CsvCells;
import org.claimcheck.text.Position;

/**
 * One CSV table of the series folder with named columns (the manifest, the subjects, a long file) as read by
 * Commons CSV (RFC 4180). A cell's position is worked out only when a message needs it.
 */
final class SeriesCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

    /** One record: its cells and the offset where it starts in the text. */
    record Row(int line, List<String> cells, int start) {

        int size() {
            return cells.size();
        }

        String cell(int index) {
            return cells.get(index);
        }
    }

    private final SeriesText file;
    private final Row header;
    private final List<Row> rows;

    private SeriesCsv(SeriesText file, List<Row> records) {
        this.file = file;
        this.header = records.get(0);
        this.rows = List.copyOf(records.subList(1, records.size()));
    }

    /** The file read, or empty with the problem that stopped it added to {@code problems}. */
    static Optional<SeriesCsv> read(Path file, String path, List<Problem> problems) {
        Optional<SeriesText> read = SeriesText.read(file, path, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        SeriesText text = read.get();
        List<Row> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text.text(), FORMAT)) {
            for (CSVRecord record : parser) {
                int start = (int) record.getCharacterPosition();
                records.add(new Row(text.position(start).line(), record.toList(), start));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(malformed(text, path, e));
            return Optional.empty();
        }
        if (records.isEmpty()) {
            problems.add(Problem.error(SeriesProblems.EMPTY_TABLE, path, new Position(1, 1),
                    SeriesProblems.emptyTable()));
            return Optional.empty();
        }
        return Optional.of(new SeriesCsv(text, records));
    }

    /**
     * Commons CSV says a file is malformed without a usable position; walking it again with the scanner the wide
     * files use finds the offset where quoting goes wrong.
     */
    private static Problem malformed(SeriesText text, String path, Exception e) {
        RecordScanner scanner = new RecordScanner(text.text());
        try {
            while (scanner.next()) {
                // only looking for the malformation
            }
        } catch (RecordScanner.MalformedException m) {
            return text.error(SeriesProblems.MALFORMED_CSV, m.offset(), SeriesProblems.malformedCsv(m.getMessage()));
        }
        return Problem.error(SeriesProblems.MALFORMED_CSV, path, new Position(1, 1),
                SeriesProblems.malformedCsv(String.valueOf(e.getMessage())));
    }

    String path() {
        return file.path();
    }

    Row header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    byte[] sha256() {
        return file.sha256();
    }

    /** Where cell {@code index} of {@code row} starts; a quoted cell starts at its quote. */
    Position position(Row row, int index) {
        String text = file.text();
        int i = row.start();
        for (int cell = 0; cell < index && i < text.length(); cell++) {
            i = CsvCells.skipCell(text, i);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            }
        }
        return file.position(i);
    }

    Problem error(String code, Row row, int index, String message) {
        return Problem.error(code, path(), position(row, index), message);
    }

    Problem rowError(String code, Row row, String message) {
        return Problem.error(code, path(), new Position(row.line(), 1), message);
    }

    /** {@code path:line}, the way one row points at another in a message. */
    String locate(Row row) {
        return path() + ":" + row.line();
    }
}
