package org.claimcheck.series;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;
import org.claimcheck.text.Sha256;

/**
 * One CSV file of the series folder as read by Commons CSV (RFC 4180, UTF-8, byte-order mark tolerated). Cell
 * positions are worked out only when a message needs one: a wide file has thousands of cells per row and almost
 * never an error, so measuring every cell up front would cost more than reading them.
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

    private final String path;
    private final String text;
    private final LineMap lines;
    private final Row header;
    private final List<Row> rows;
    private final byte[] sha256;

    private SeriesCsv(String path, String text, LineMap lines, List<Row> records, byte[] sha256) {
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.header = records.get(0);
        this.rows = List.copyOf(records.subList(1, records.size()));
        this.sha256 = sha256;
    }

    /** The file read, or the problem that stopped it, added to {@code problems}. */
    static Optional<SeriesCsv> read(Path file, String path, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            problems.add(Problem.error(SeriesProblems.MISSING_FILE, path, SeriesProblems.missingFile()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.error(SeriesProblems.UNREADABLE_FILE, path,
                    SeriesProblems.unreadableFile(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(SeriesProblems.INVALID_UTF8, path, SeriesProblems.invalidUtf8()));
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineMap lines = LineMap.of(text);
        List<Row> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord record : parser) {
                int start = (int) record.getCharacterPosition();
                records.add(new Row(lines.position(start).line(), record.toList(), start));
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error(SeriesProblems.MALFORMED_CSV, path, new Position(1, 1),
                    SeriesProblems.malformedCsv(String.valueOf(e.getMessage()))));
            return Optional.empty();
        }
        if (records.isEmpty()) {
            problems.add(Problem.error(SeriesProblems.EMPTY_TABLE, path, new Position(1, 1),
                    SeriesProblems.emptyTable()));
            return Optional.empty();
        }
        return Optional.of(new SeriesCsv(path, text, lines, records, Sha256.of(bytes)));
    }

    String path() {
        return path;
    }

    Row header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    byte[] sha256() {
        return sha256;
    }

    /** Where cell {@code index} of {@code row} starts; a quoted cell starts at its quote. */
    Position position(Row row, int index) {
        int i = row.start();
        for (int cell = 0; cell < index && i < text.length(); cell++) {
            i = skipCell(i);
            if (i < text.length() && text.charAt(i) == ',') {
                i++;
            }
        }
        return lines.position(Math.min(i, text.length()));
    }

    Problem error(String code, Row row, int index, String message) {
        return Problem.error(code, path, position(row, index), message);
    }

    Problem rowError(String code, Row row, String message) {
        return Problem.error(code, path, new Position(row.line(), 1), message);
    }

    /** {@code path:line}, the way one row points at another in a message. */
    String locate(Row row) {
        return path + ":" + row.line();
    }

    private int skipCell(int i) {
        if (i < text.length() && text.charAt(i) == '"') {
            i++;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
        }
        while (i < text.length() && ",\r\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
