package org.claimcheck.series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;

/**
 * Reads the series subjects table, {@code code,name,aliases,note}: the codes data files may use and what they
 * name. A code no table defines is an error wherever a data file uses it, so a typo cannot hide a country.
 */
final class SubjectTableReader {

    static final List<String> COLUMNS = List.of("code", "name", "aliases", "note");

    /** ISO 3166 alpha-3 codes and sources' own codes such as OWID_WRL or WB_SSA. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(?:_[A-Z0-9]+)*");

    private SubjectTableReader() {
    }

    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    static List<SeriesSubject> read(SeriesCsv csv, List<Problem> problems) {
        Optional<Columns> found = Columns.check(csv, "a series subjects table", COLUMNS, problems);
        if (found.isEmpty()) {
            return List.of();
        }
        Columns c = found.get();
        List<SeriesSubject> subjects = new ArrayList<>();
        Map<String, String> placeOfCode = new HashMap<>();
        for (SeriesCsv.Row row : c.rows(problems)) {
            String code = c.text(row, "code");
            boolean ok = c.requireText(row, "code", "a subject code such as GBR", problems);
            ok &= c.requireText(row, "name", "the subject's name", problems);
            if (ok && !isCode(code)) {
                problems.add(c.error(SeriesProblems.BAD_CODE, row, "code", SeriesProblems.badCode(code)));
                ok = false;
            }
            if (!ok) {
                continue;
            }
            String earlier = placeOfCode.putIfAbsent(code, csv.locate(row));
            if (earlier != null) {
                problems.add(c.error(SeriesProblems.DUPLICATE_SUBJECT, row, "code",
                        SeriesProblems.duplicateId("subject code", code, earlier)));
                continue;
            }
            subjects.add(new SeriesSubject(code, c.text(row, "name"), c.items(row, "aliases")));
        }
        return subjects;
    }
}
