package org.claimcheck.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.claimcheck.problem.Problem;

/**
 * Reads a wide series file: the first column holds the year (whatever its header says; Our World in Data writes
 * {@code Date}), every other column one subject's figures, an empty cell a year without a figure.
 */
final class WideSeriesReader {

    private WideSeriesReader() {
    }

    static List<Series> read(SeriesCsv csv, ManifestEntry entry, Set<String> knownCodes, String subjectsPath,
            List<Problem> problems) {
        SeriesCsv.Row header = csv.header();
        String[] codes = subjectColumns(csv, entry, knownCodes, subjectsPath, problems);
        List<SeriesCsv.Row> rows = csv.rows();
        int[] years = new int[rows.size()];
        double[][] values = new double[codes.length][rows.size()];
        Map<Integer, SeriesCsv.Row> rowOfYear = new HashMap<>();
        int kept = 0;
        for (SeriesCsv.Row row : rows) {
            if (row.size() != header.size()) {
                problems.add(csv.rowError(SeriesProblems.WRONG_CELL_COUNT, row,
                        SeriesProblems.wrongCellCount(row.size(), header.size())));
                continue;
            }
            OptionalInt year = Numbers.parseYear(row.cell(0).strip());
            if (year.isEmpty()) {
                problems.add(csv.error(SeriesProblems.BAD_PERIOD, row, 0, SeriesProblems.badYear(row.cell(0))));
                continue;
            }
            SeriesCsv.Row earlier = rowOfYear.putIfAbsent(year.getAsInt(), row);
            if (earlier != null) {
                problems.add(csv.error(SeriesProblems.DUPLICATE_PERIOD, row, 0,
                        SeriesProblems.duplicatePeriod(year.getAsInt(), csv.locate(earlier))));
                continue;
            }
            years[kept] = year.getAsInt();
            for (int col = 1; col < codes.length; col++) {
                values[col][kept] = cellValue(csv, row, col, codes[col] != null, problems);
            }
            kept++;
        }
        return series(entry.attribute(), codes, Arrays.copyOf(years, kept), values, kept);
    }

    /** The subject code of each column (index 0, the year, and columns left out stay null). */
    private static String[] subjectColumns(SeriesCsv csv, ManifestEntry entry, Set<String> knownCodes,
            String subjectsPath, List<Problem> problems) {
        SeriesCsv.Row header = csv.header();
        String[] codes = new String[header.size()];
        Map<String, Integer> columnOfCode = new HashMap<>();
        for (int col = 1; col < header.size(); col++) {
            String code = entry.codeOfColumn(header.cell(col).strip());
            if (code.equals(ManifestEntry.LEFT_OUT)) {
                continue;
            }
            if (!knownCodes.contains(code)) {
                problems.add(csv.error(SeriesProblems.UNKNOWN_SUBJECT, header, col,
                        SeriesProblems.unknownSubject(code, subjectsPath)));
                continue;
            }
            Integer earlier = columnOfCode.putIfAbsent(code, col);
            if (earlier != null) {
                problems.add(csv.error(SeriesProblems.DUPLICATE_COLUMN, header, col, SeriesProblems.duplicateColumn(
                        code, "column " + csv.position(header, earlier).column())));
                continue;
            }
            codes[col] = code;
        }
        return codes;
    }

    private static double cellValue(SeriesCsv csv, SeriesCsv.Row row, int col, boolean wanted,
            List<Problem> problems) {
        String text = row.cell(col);
        if (!wanted || text.isEmpty()) {
            return Double.NaN;
        }
        double value = Numbers.parse(text.strip());
        if (Double.isNaN(value) && !text.isBlank()) {
            problems.add(csv.error(SeriesProblems.BAD_NUMBER, row, col, SeriesProblems.badNumber(text)));
        }
        return value;
    }

    /** One series per subject column, its years ascending and the years without a figure dropped. */
    private static List<Series> series(SeriesAttribute attribute, String[] codes, int[] years, double[][] values, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(years[a], years[b]));
        List<Series> result = new ArrayList<>();
        int[] ys = new int[n];
        double[] vs = new double[n];
        for (int col = 1; col < codes.length; col++) {
            if (codes[col] == null) {
                continue;
            }
            int count = 0;
            for (int i : order) {
                double v = values[col][i];
                if (!Double.isNaN(v)) {
                    ys[count] = years[i];
                    vs[count++] = v;
                }
            }
            if (count > 0) {
                result.add(new Series(codes[col], attribute.id(), attribute.source(), Arrays.copyOf(ys, count), Arrays.copyOf(vs, count)));
            }
        }
        return result;
    }
}
