package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.verify.Verdict;

/**
 * Expected × actual verdict over every label and every extracted claim. Rows are the labels' expectations
 * plus {@link #UNLABELLED} for extracted claims no row took; columns are the verdicts plus {@link #NOT_EXTRACTED}
 * for labels no claim matched (misses for claims, the right outcome for NOT_A_CLAIM rows).
 */
public final class ConfusionMatrix {

    public static final String UNLABELLED = "UNLABELLED";
    public static final String NOT_EXTRACTED = "NOT_EXTRACTED";

    private final int[][] counts = new int[rows().size()][columns().size()];

    ConfusionMatrix(List<Assessment> assessments, List<Spurious> spurious) {
        for (Assessment a : assessments) {
            String column = a.match().findFinding().map(f -> f.verdict().name()).orElse(NOT_EXTRACTED);
            counts[rows().indexOf(a.label().expected().name())][columns().indexOf(column)]++;
        }
        for (Spurious s : spurious) {
            if (!s.matched()) {
                counts[rows().indexOf(UNLABELLED)][columns().indexOf(s.finding().verdict().name())]++;
            }
        }
    }

    public static List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (Expectation e : Expectation.values()) {
            rows.add(e.name());
        }
        rows.add(UNLABELLED);
        return rows;
    }

    public static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            columns.add(v.name());
        }
        columns.add(NOT_EXTRACTED);
        return columns;
    }

    public int count(String row, String column) {
        int r = rows().indexOf(row);
        int c = columns().indexOf(column);
        if (r < 0 || c < 0) {
            throw new IllegalArgumentException("no cell " + row + " \u00d7 " + column);
        }
        return counts[r][c];
    }

    public int rowTotal(String row) {
        return columns().stream().mapToInt(c -> count(row, c)).sum();
    }
}
