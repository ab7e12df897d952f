package org.claimcheck.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.problem.Problem;
import org.claimcheck.reference.CsvTable.CsvRow;
import org.claimcheck.text.Position;

/**
 * Where each known column of a classified table is, after checking the header: every column of the kind
 * present, none unknown, none twice. Rows are read only when no column is missing.
 */
final class TableColumns {

    private final CsvTable table;
    private final TableKind kind;
    private final Map<String, Integer> indexByColumn;
    private final List<Problem> problems;

    private TableColumns(CsvTable table, TableKind kind, Map<String, Integer> indexByColumn, List<Problem> problems) {
        this.table = table;
        this.kind = kind;
        this.indexByColumn = indexByColumn;
        this.problems = problems;
    }

    static TableColumns check(CsvTable table, TableKind kind) {
        Map<String, Integer> index = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        CsvRow header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String column = TableKind.columnKey(header.cell(i));
            if (!kind.columns().contains(column)) {
                problems.add(Problem.error(ReferenceProblems.UNKNOWN_COLUMN, table.path(), header.position(i),
                        ReferenceProblems.unknownColumn(kind, header.cell(i).strip())));
            } else if (index.containsKey(column)) {
                int first = header.position(index.get(column)).column();
                problems.add(Problem.error(ReferenceProblems.DUPLICATE_COLUMN, table.path(), header.position(i),
                        ReferenceProblems.duplicateColumn(column, first)));
            } else {
                index.put(column, i);
            }
        }
        for (String column : kind.columns()) {
            if (!index.containsKey(column)) {
                problems.add(Problem.error(ReferenceProblems.MISSING_COLUMN, table.path(), new Position(1, 1),
                        ReferenceProblems.missingColumn(kind, column)));
            }
        }
        return new TableColumns(table, kind, Map.copyOf(index), List.copyOf(problems));
    }

    List<Problem> problems() {
        return problems;
    }

    /** Rows can be read only when every column is there. */
    boolean complete() {
        return indexByColumn.size() == kind.columns().size();
    }

    /**
     * The rows whose cell count matches the header, as {@link TableRow}s; every other row becomes a problem in
     * {@code sink}.
     */
    List<TableRow> rows(List<Problem> sink) {
        List<TableRow> rows = new ArrayList<>();
        List<String> header = table.header().cells().stream().map(String::strip).toList();
        for (CsvRow row : table.rows()) {
            if (row.size() != header.size()) {
                sink.add(Problem.error(ReferenceProblems.WRONG_CELL_COUNT, table.path(), row.start(),
                        ReferenceProblems.wrongCellCount(row.size(), header)));
            } else {
                rows.add(new TableRow(table, row, indexByColumn));
            }
        }
        return rows;
    }
}
