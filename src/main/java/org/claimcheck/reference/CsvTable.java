package org.claimcheck.reference;

import java.util.List;
import org.claimcheck.text.Position;

/**
 * One CSV file as read: its header and rows, every cell with the position where it starts in the file.
 *
 * @param path the file as messages name it ("reference-data/facts-trade.csv")
 * @param fileName the bare file name, as facts and subjects record it
 * @param sha256 the SHA-256 of the file's bytes as read, in hex: what a table's content is identified by
 */
record CsvTable(String path, String fileName, String sha256, CsvRow header, List<CsvRow> rows) {

    CsvTable {
        rows = List.copyOf(rows);
    }

    /** One record: its cells as Commons CSV read them and where each starts. */
    record CsvRow(int line, List<String> cells, List<Position> positions) {

        CsvRow {
            cells = List.copyOf(cells);
            positions = List.copyOf(positions);
        }

        int size() {
            return cells.size();
        }

        String cell(int index) {
            return cells.get(index);
        }

        Position position(int index) {
            return positions.get(index);
        }

        Position start() {
            return new Position(line, 1);
        }
    }

    /** {@code path:line}, the way one row points at another in a message. */
    String locate(int line) {
        return path + ":" + line;
    }
}
