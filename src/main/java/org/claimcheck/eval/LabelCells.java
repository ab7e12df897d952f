package org.claimcheck.eval;

import java.util.Map;
import java.util.Objects;
import org.claimcheck.text.Position;

/**
 * Where one row of the labels file stands: the file as named and the position of each of its cells, so a
 * message about a label can point at the very cell it is about.
 */
public record LabelCells(String file, Position row, Map<String, Position> columns) {

    public LabelCells {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(row, "row");
        columns = Map.copyOf(columns);
    }

    /** The position of the cell in {@code column}, or of the row when the row has no such cell. */
    public Position at(String column) {
        return columns.getOrDefault(column, row);
    }
}
