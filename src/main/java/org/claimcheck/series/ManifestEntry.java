package org.claimcheck.series;

import java.util.Map;

/**
 * One valid manifest row: the attribute it describes, how its file is laid out, and for a wide file which
 * column holds which subject.
 *
 * @param columnCodes wide files only: column name → subject code, {@code -} for a column left out; a column not
 *     listed is named by its subject code
 * @param place {@code path:line} of the manifest row, for messages that point back at it
 */
record ManifestEntry(SeriesAttribute attribute, Layout layout, Map<String, String> columnCodes, String place,
        SeriesCsv.Row row, Columns columns) {

    static final String LEFT_OUT = "-";

    ManifestEntry {
        columnCodes = Map.copyOf(columnCodes);
    }

    /** The subject code of wide column {@code name}, or {@link #LEFT_OUT}. */
    String codeOfColumn(String name) {
        return columnCodes.getOrDefault(name, name);
    }

    /** A problem pointing at this row's cell in {@code column} of the manifest. */
    org.claimcheck.problem.Problem error(String code, String column, String message) {
        return columns.error(code, row, column, message);
    }
}
