package org.claimcheck.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one place data file: RFC 4180 with a header row, '#' lines as comments, blank lines skipped. */
final class DataFile {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#').setIgnoreEmptyLines(true).setHeader().setSkipHeaderRecord(true).build();

    private DataFile() {
    }

    static List<DataRow> read(String file, String text, List<String> expectedColumns) {
        String[] lines = text.split("\r?\n", -1);
        List<DataRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(expectedColumns)) {
                throw new PlaceDataException(file + ":" + firstContentLine(lines, 0) + ":1: error: header " + header
                        + ": expected " + expectedColumns);
            }
            for (CSVRecord record : parser) {
                int line = firstContentLine(lines, lineOf(text, (int) record.getCharacterPosition()));
                if (!record.isConsistent()) {
                    throw new PlaceDataException(file + ":" + line + ":1: error: " + record.size()
                            + " cells: expected " + header.size() + " (" + String.join(",", header) + ")");
                }
                Map<String, String> cells = new HashMap<>(record.toMap());
                rows.add(new DataRow(file, line, lines[line - 1], header, cells));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new PlaceDataException(file + ": error: not readable as CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    /** The 1-based line of a character offset. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A record's position may point at the comments or blank lines before it: the 1-based line of its first cell. */
    private static int firstContentLine(String[] lines, int line) {
        int i = Math.max(line, 1);
        while (i <= lines.length && (lines[i - 1].isBlank() || lines[i - 1].startsWith("#"))) {
            i++;
        }
        return Math.min(i, lines.length);
    }
}
