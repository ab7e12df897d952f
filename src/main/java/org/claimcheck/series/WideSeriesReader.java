package org.claimcheck.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.problem.Problem;

/**
 * Reads a wide series file: the first column holds the year (whatever its header says; Our World in Data writes
 * {@code Date}), every other column one subject's figures, an empty cell a year without a figure.
 */
final class WideSeriesReader {

    private WideSeriesReader() {
    }

    static List<Series> read(SeriesText file, ManifestEntry entry, Predicate<String> knownCodes, String subjectsPath,
            List<Problem> problems) {
        RecordScanner scanner = new RecordScanner(file.text());
        try {
            if (!scanner.next()) {
                problems.add(file.error(SeriesProblems.EMPTY_TABLE, 0, SeriesProblems.emptyTable()));
                return List.of();
            }
            String[] codes = subjectColumns(file, scanner, entry, knownCodes, subjectsPath, problems);
            int width = codes.length;
            int[] years = new int[64];
            double[][] values = new double[width][64];
            Map<Integer, Integer> offsetOfYear = new HashMap<>();
            int kept = 0;
            while (scanner.next()) {
                if (scanner.cellCount() != width) {
                    problems.add(file.error(SeriesProblems.WRONG_CELL_COUNT, scanner.recordStart(),
                            SeriesProblems.wrongCellCount(scanner.cellCount(), width)));
                    continue;
                }
                OptionalInt year = Numbers.parseYear(scanner.cellText(0).strip());
                if (year.isEmpty()) {
                    problems.add(file.error(SeriesProblems.BAD_PERIOD, scanner.cellStart(0),
                            SeriesProblems.badYear(scanner.cellText(0))));
                    continue;
                }
                Integer earlier = offsetOfYear.putIfAbsent(year.getAsInt(), scanner.cellStart(0));
                if (earlier != null) {
                    problems.add(file.error(SeriesProblems.DUPLICATE_PERIOD, scanner.cellStart(0),
                            SeriesProblems.duplicatePeriod(year.getAsInt(),
                                    file.path() + ":" + file.position(earlier).line())));
                    continue;
                }
                if (kept == years.length) {
                    years = Arrays.copyOf(years, kept * 2);
                    for (int col = 1; col < width; col++) {
                        values[col] = codes[col] == null ? values[col] : Arrays.copyOf(values[col], kept * 2);
                    }
                }
                years[kept] = year.getAsInt();
                for (int col = 1; col < width; col++) {
                    if (codes[col] != null) {
                        values[col][kept] = figure(file, scanner, col, problems);
                    }
                }
                kept++;
            }
            return series(entry.attribute(), codes, years, values, kept);
        } catch (RecordScanner.MalformedException e) {
            problems.add(file.error(SeriesProblems.MALFORMED_CSV, e.offset(),
                    SeriesProblems.malformedCsv(e.getMessage())));
            return List.of();
        }
    }

    /** The subject code of each column (index 0, the year, and columns left out stay null). */
    private static String[] subjectColumns(SeriesText file, RecordScanner header, ManifestEntry entry,
            Predicate<String> knownCodes, String subjectsPath, List<Problem> problems) {
        String[] codes = new String[header.cellCount()];
        Map<String, Integer> offsetOfCode = new HashMap<>();
        for (int col = 1; col < codes.length; col++) {
            String code = entry.codeOfColumn(header.cellText(col).strip());
            if (code.equals(ManifestEntry.LEFT_OUT)) {
                continue;
            }
            if (!knownCodes.test(code)) {
                problems.add(file.error(SeriesProblems.UNKNOWN_SUBJECT, header.cellStart(col),
                        SeriesProblems.unknownSubject(code, subjectsPath)));
                continue;
            }
            Integer earlier = offsetOfCode.putIfAbsent(code, header.cellStart(col));
            if (earlier != null) {
                problems.add(file.error(SeriesProblems.DUPLICATE_COLUMN, header.cellStart(col),
                        SeriesProblems.duplicateColumn(code, "column " + file.position(earlier).column())));
                continue;
            }
            codes[col] = code;
        }
        return codes;
    }

    private static double figure(SeriesText file, RecordScanner scanner, int col, List<Problem> problems) {
        if (scanner.isEmpty(col)) {
            return Double.NaN;
        }
        double value = scanner.number(col);
        if (Double.isNaN(value) && !scanner.cellText(col).isBlank()) {
            problems.add(file.error(SeriesProblems.BAD_NUMBER, scanner.cellStart(col),
                    SeriesProblems.badNumber(scanner.cellText(col))));
        }
        return value;
    }

    /** One series per subject column, its years ascending and the years without a figure dropped. */
    private static List<Series> series(SeriesAttribute attribute, String[] codes, int[] years, double[][] values,
            int n) {
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
                result.add(new Series(codes[col], attribute.id(), attribute.source(), Arrays.copyOf(ys, count),
                        Arrays.copyOf(vs, count)));
            }
        }
        return result;
    }
}
