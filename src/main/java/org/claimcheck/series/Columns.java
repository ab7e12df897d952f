package org.claimcheck.series;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;

/**
 * Where each column of a named-column table is, after checking its header: every column present, none unknown,
 * none twice (header names matched trimmed and ignoring case, as the other reference tables do).
 */
final class Columns {

    private final SeriesCsv csv;
    private final Map<String, Integer> indexByColumn;

    private Columns(SeriesCsv csv, Map<String, Integer> indexByColumn) {
        this.csv = csv;
        this.indexByColumn = indexByColumn;
    }

    /** The columns, or empty when the header has a problem (added to {@code problems}). */
    static Optional<Columns> check(SeriesCsv csv, String table, List<String> columns, List<Problem> problems) {
        Map<String, Integer> index = new HashMap<>();
        SeriesCsv.Row header = csv.header();
        int before = problems.size();
        for (int i = 0; i < header.size(); i++) {
            String column = header.cell(i).strip().toLowerCase(Locale.ROOT);
            if (!columns.contains(column)) {
                problems.add(csv.error(SeriesProblems.UNKNOWN_COLUMN, header, i,
                        SeriesProblems.unknownColumn(table, header.cell(i).strip(), columns)));
            } else if (index.containsKey(column)) {
                problems.add(csv.error(SeriesProblems.DUPLICATE_COLUMN, header, i,
                        SeriesProblems.duplicateColumn(column, "column " + csv.position(header, index.get(column))
                                .column())));
            } else {
                index.put(column, i);
            }
        }
        for (String column : columns) {
            if (!index.containsKey(column)) {
                problems.add(Problem.error(SeriesProblems.MISSING_COLUMN, csv.path(), new Position(1, 1),
                        SeriesProblems.missingColumn(table, column, columns)));
            }
        }
        return problems.size() == before ? Optional.of(new Columns(csv, Map.copyOf(index))) : Optional.empty();
    }

    /** The rows with as many cells as the header; every other row becomes a problem. */
    List<SeriesCsv.Row> rows(List<Problem> problems) {
        int expected = csv.header().size();
        return csv.rows().stream().filter(row -> {
            if (row.size() == expected) {
                return true;
            }
            problems.add(csv.rowError(SeriesProblems.WRONG_CELL_COUNT, row,
                    SeriesProblems.wrongCellCount(row.size(), expected)));
            return false;
        }).toList();
    }

    String text(SeriesCsv.Row row, String column) {
        return row.cell(indexByColumn.get(column)).strip();
    }

    /** The {@code |}-separated items of a list cell, trimmed, empty items dropped. */
    List<String> items(SeriesCsv.Row row, String column) {
        return java.util.Arrays.stream(text(row, column).split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    Problem error(String code, SeriesCsv.Row row, String column, String message) {
        return csv.error(code, row, indexByColumn.get(column), message);
    }

    /** An empty required cell as a problem, or nothing when it holds text. */
    boolean requireText(SeriesCsv.Row row, String column, String expected, List<Problem> problems) {
        if (!text(row, column).isEmpty()) {
            return true;
        }
        problems.add(error(SeriesProblems.EMPTY_CELL, row, column, SeriesProblems.emptyCell(column, expected)));
        return false;
    }

    SeriesCsv csv() {
        return csv;
    }
}
