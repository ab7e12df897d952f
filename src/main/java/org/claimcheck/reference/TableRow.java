package org.claimcheck.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.claimcheck.problem.Problem;
import org.claimcheck.reference.CsvTable.CsvRow;
import org.claimcheck.text.Position;

/** One well-formed row of a table, its cells looked up by column name and trimmed of surrounding spaces. */
record TableRow(CsvTable table, CsvRow row, Map<String, Integer> indexByColumn) {

    String text(String column) {
        return row.cell(indexByColumn.get(column)).strip();
    }

    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** The {@code |}-separated items of a list cell, trimmed, empty items dropped. */
    List<String> items(String column) {
        return Arrays.stream(text(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Position position(String column) {
        return row.position(indexByColumn.get(column));
    }

    int line() {
        return row.line();
    }

    String locate() {
        return table.locate(row.line());
    }

    Problem error(String code, String column, String message) {
        return Problem.error(code, table.path(), position(column), message);
    }

    Problem rowError(String code, String message) {
        return Problem.error(code, table.path(), row.start(), message);
    }
}
