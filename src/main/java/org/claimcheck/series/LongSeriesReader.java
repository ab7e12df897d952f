package org.claimcheck.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.problem.Problem;

/**
 * Reads a long series file, one figure per row: {@code subject,attribute,period,value,unit,source}. One file may
 * hold several attributes; each must have a manifest row naming this file. An empty unit or source cell takes the
 * manifest's; a non-empty unit must be the manifest's, so figures in another unit cannot slip in unconverted.
 */
final class LongSeriesReader {

    static final List<String> COLUMNS = List.of("subject", "attribute", "period", "value", "unit", "source");

    /** One figure and where it came from, until its series is complete. */
    private record Figure(int year, double value, String source, String place) {
    }

    private LongSeriesReader() {
    }

    static List<Series> read(SeriesCsv csv, Map<String, ManifestEntry> entriesOfFile, String manifestPath,
            Predicate<String> knownCodes, String subjectsPath, List<Problem> problems) {
        Optional<Columns> found = Columns.check(csv, "a long series file", COLUMNS, problems);
        if (found.isEmpty()) {
            return List.of();
        }
        Columns c = found.get();
        Map<String, Map<String, List<Figure>>> figures = new HashMap<>();
        for (SeriesCsv.Row row : c.rows(problems)) {
            String code = c.text(row, "subject");
            String attribute = c.text(row, "attribute");
            ManifestEntry entry = entriesOfFile.get(attribute);
            int before = problems.size();
            if (!knownCodes.test(code)) {
                problems.add(c.error(SeriesProblems.UNKNOWN_SUBJECT, row, "subject",
                        SeriesProblems.unknownSubject(code, subjectsPath)));
            }
            if (entry == null) {
                problems.add(c.error(SeriesProblems.UNKNOWN_ATTRIBUTE, row, "attribute",
                        SeriesProblems.unknownAttribute(attribute, manifestPath)));
            }
            OptionalInt year = Numbers.parseYear(c.text(row, "period"));
            if (year.isEmpty()) {
                problems.add(c.error(SeriesProblems.BAD_PERIOD, row, "period",
                        SeriesProblems.badYear(c.text(row, "period"))));
            }
            double value = Numbers.parse(c.text(row, "value"));
            if (Double.isNaN(value)) {
                problems.add(c.error(SeriesProblems.BAD_NUMBER, row, "value",
                        SeriesProblems.badNumber(c.text(row, "value"))));
            }
            String unit = c.text(row, "unit");
            if (entry != null && !unit.isEmpty() && !unit.equals(entry.attribute().unit())) {
                problems.add(c.error(SeriesProblems.UNIT_MISMATCH, row, "unit",
                        SeriesProblems.unitMismatch(unit, attribute, entry.attribute().unit())));
            }
            if (problems.size() != before) {
                continue;
            }
            String source = c.text(row, "source").isEmpty() ? entry.attribute().source() : c.text(row, "source");
            List<Figure> list = figures.computeIfAbsent(attribute, k -> new HashMap<>())
                    .computeIfAbsent(code, k -> new ArrayList<>());
            Optional<Figure> earlier = list.stream().filter(f -> f.year() == year.getAsInt()).findFirst();
            if (earlier.isPresent()) {
                problems.add(c.error(SeriesProblems.DUPLICATE_PERIOD, row, "period",
                        SeriesProblems.duplicatePeriod(year.getAsInt(), earlier.get().place())));
                continue;
            }
            list.add(new Figure(year.getAsInt(), value, source, csv.locate(row)));
        }
        List<Series> series = new ArrayList<>();
        figures.forEach((attribute, bySubject) -> bySubject.forEach((code, list) -> series.add(series(code,
                attribute, list))));
        return series;
    }

    /**
     * The figures of one subject as a series. Rows of one series may cite different sources (a revision, say);
     * the series then names them all, in year order.
     */
    private static Series series(String code, String attribute, List<Figure> list) {
        list.sort(Comparator.comparingInt(Figure::year));
        int[] years = list.stream().mapToInt(Figure::year).toArray();
        double[] values = list.stream().mapToDouble(Figure::value).toArray();
        String source = String.join("; ", list.stream().map(Figure::source).distinct().toList());
        return new Series(code, attribute, source, years, values);
    }
}
