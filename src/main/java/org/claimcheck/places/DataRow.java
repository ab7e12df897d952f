package org.claimcheck.places;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One row of a place data file, with what it takes to point at one of its cells in a message. */
record DataRow(String file, int line, String rawLine, List<String> header, Map<String, String> cells) {

    DataRow {
        header = List.copyOf(header);
        cells = Map.copyOf(cells);
    }

    /** The trimmed cell; empty when blank. */
    String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            throw error(column, "missing column '" + column + "': expected one of " + header);
        }
        return value.trim();
    }

    String require(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw error(column, "empty cell: expected a value in column '" + column + "'");
        }
        return value;
    }

    /** The values of a cell that holds several, separated by ';'. */
    List<String> list(String column) {
        String value = get(column);
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(";")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    PlaceDataException error(String column, String message) {
        return new PlaceDataException(file + ":" + line + ":" + column(column) + ": error: " + message);
    }

    /** The 1-based column where the cell starts; quoted cells may hold commas. */
    private int column(String name) {
        int index = header.indexOf(name);
        int cell = 0;
        boolean quoted = false;
        for (int i = 0; i < rawLine.length(); i++) {
            if (cell == index) {
                return i + 1;
            }
            char c = rawLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cell++;
            }
        }
        return cell == index ? rawLine.length() + 1 : 1;
    }
}
