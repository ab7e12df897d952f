package org.claimcheck.series;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;

/** Reads the series manifest: one row per attribute, saying what it is, where its figures are and how to read them. */
final class ManifestReader {

    static final List<String> COLUMNS = List.of("attribute", "title", "file", "layout", "unit", "unit_kind",
            "scale", "phrases", "source", "licence", "vintage", "subject_columns", "note");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private ManifestReader() {
    }

    static List<ManifestEntry> read(SeriesCsv csv, List<Problem> problems) {
        Optional<Columns> found = Columns.check(csv, "a series manifest", COLUMNS, problems);
        if (found.isEmpty()) {
            return List.of();
        }
        Columns columns = found.get();
        List<ManifestEntry> entries = new ArrayList<>();
        Map<String, String> placeOfId = new HashMap<>();
        for (SeriesCsv.Row row : columns.rows(problems)) {
            entry(columns, row, problems).ifPresent(entry -> {
                String id = entry.attribute().id();
                String earlier = placeOfId.putIfAbsent(id, entry.place());
                if (earlier != null) {
                    problems.add(columns.error(SeriesProblems.DUPLICATE_ATTRIBUTE, row, "attribute",
                            SeriesProblems.duplicateId("attribute", id, earlier)));
                } else {
                    entries.add(entry);
                }
            });
        }
        return entries;
    }

    private static Optional<ManifestEntry> entry(Columns c, SeriesCsv.Row row, List<Problem> problems) {
        int before = problems.size();
        String id = c.text(row, "attribute");
        if (c.requireText(row, "attribute", "a kebab-case attribute id", problems) && !KEBAB.matcher(id).matches()) {
            problems.add(c.error(SeriesProblems.BAD_ID, row, "attribute", SeriesProblems.badId(id)));
        }
        c.requireText(row, "title", "the series' title", problems);
        c.requireText(row, "file", "the data file, relative to the manifest's folder", problems);
        c.requireText(row, "unit", "the unit as the source writes it, such as % or tonnes", problems);
        c.requireText(row, "phrases", "words a text uses for the measure, separated by |", problems);
        c.requireText(row, "source", "who published the figures", problems);
        Optional<Layout> layout = Layout.fromText(c.text(row, "layout"));
        if (layout.isEmpty()) {
            problems.add(c.error(SeriesProblems.BAD_LAYOUT, row, "layout",
                    SeriesProblems.badLayout(c.text(row, "layout"))));
        }
        String kindText = c.text(row, "unit_kind");
        Optional<UnitKind> kind = kindText.isEmpty() ? Optional.of(UnitKind.OTHER) : UnitKind.fromId(kindText);
        if (kind.isEmpty()) {
            problems.add(c.error(SeriesProblems.BAD_UNIT_KIND, row, "unit_kind", SeriesProblems.badUnitKind(kindText)));
        }
        double scale = scale(c.text(row, "scale"));
        if (Double.isNaN(scale)) {
            problems.add(c.error(SeriesProblems.BAD_SCALE, row, "scale",
                    SeriesProblems.badScale(c.text(row, "scale"))));
        }
        String vintage = c.text(row, "vintage");
        if (!vintage.isEmpty() && !isDate(vintage)) {
            problems.add(c.error(SeriesProblems.BAD_VINTAGE, row, "vintage", SeriesProblems.badVintage(vintage)));
        }
        Map<String, String> mapping = mapping(c, row, problems);
        if (problems.size() != before) {
            return Optional.empty();
        }
        SeriesAttribute attribute = new SeriesAttribute(id, c.text(row, "title"), c.text(row, "unit"), kind.get(),
                scale, c.items(row, "phrases"), c.text(row, "source"), c.text(row, "licence"), vintage,
                c.text(row, "file"));
        return Optional.of(new ManifestEntry(attribute, layout.get(), mapping, c.csv().locate(row), row, c));
    }

    /** The scale, 1 when empty, NaN when it is not a positive finite number. */
    private static double scale(String text) {
        if (text.isEmpty()) {
            return 1;
        }
        double value = Numbers.parse(text.replace(",", ""));
        return value > 0 && !Double.isInfinite(value) ? value : Double.NaN;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Map<String, String> mapping(Columns c, SeriesCsv.Row row, List<Problem> problems) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String item : c.items(row, "subject_columns")) {
            int eq = item.indexOf('=');
            String column = eq < 0 ? "" : item.substring(0, eq).strip();
            String code = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (column.isEmpty() || !(code.equals(ManifestEntry.LEFT_OUT) || SubjectTableReader.isCode(code))) {
                problems.add(c.error(SeriesProblems.BAD_MAPPING, row, "subject_columns",
                        SeriesProblems.badMapping(item)));
            } else {
                mapping.put(column, code);
            }
        }
        return mapping;
    }
}
