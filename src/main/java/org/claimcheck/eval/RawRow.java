package org.claimcheck.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;

/**
 * One record of the labels file as Commons CSV read it, with where each cell starts in the file's text.
 *
 * @param cells the cell text by column name; a column the record is too short for is absent
 * @param start the offset where the record starts
 */
record RawRow(Map<String, String> cells, int cellCount, int columnCount, int start, Map<String, Integer> offsets,
        String text, LineMap lines) {

    RawRow {
        cells = Map.copyOf(cells);
        offsets = Map.copyOf(offsets);
    }

    String cell(String column) {
        return cells.getOrDefault(column, "");
    }

    Position row() {
        return lines.position(start);
    }

    Position at(String column) {
        Integer offset = offsets.get(column);
        return offset == null ? row() : lines.position(offset);
    }

    /** The position of character {@code index} of the cell's value (past the opening quote of a quoted cell). */
    Position at(String column, int index) {
        Integer offset = offsets.get(column);
        if (offset == null) {
            return row();
        }
        int contentStart = offset < text.length() && text.charAt(offset) == '"' ? offset + 1 : offset;
        return lines.position(Math.min(text.length(), contentStart + Math.max(0, index)));
    }

    LabelCells cells(String file) {
        Map<String, Position> positions = new LinkedHashMap<>();
        offsets.forEach((column, offset) -> positions.put(column, lines.position(offset)));
        return new LabelCells(file, row(), positions);
    }
}
