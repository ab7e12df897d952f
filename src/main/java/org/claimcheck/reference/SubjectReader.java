package org.claimcheck.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.problem.Problem;

/**
 * Reads subject rows: kebab-case ids defined once, a name, and aliases that name one subject only once
 * normalized ({@link Names#normalize}). A subject's aliases list starts with its name.
 */
final class SubjectReader {

    private final List<Problem> problems;
    private final Map<String, Subject> byId = new LinkedHashMap<>();
    private final Map<String, TableRow> rowById = new LinkedHashMap<>();
    private final Map<String, Claimant> aliasOwners = new HashMap<>();

    /** Which subject first claimed a normalized alias, and where. */
    private record Claimant(String subjectId, TableRow row) {
    }

    SubjectReader(List<Problem> problems) {
        this.problems = problems;
    }

    void read(List<TableRow> rows) {
        for (TableRow row : rows) {
            readRow(row);
        }
    }

    /** Every subject read, in table order. */
    List<Subject> subjects() {
        return List.copyOf(byId.values());
    }

    private void readRow(TableRow row) {
        String id = row.text("subject_id");
        if (id.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "subject_id",
                    ReferenceProblems.emptyCell("subject_id", "a kebab-case id such as power-of-siberia")));
            return;
        }
        if (!Ids.isKebabCase(id)) {
            problems.add(row.error(ReferenceProblems.BAD_ID, "subject_id",
                    ReferenceProblems.badId("subject id", id, "power-of-siberia")));
        }
        if (rowById.containsKey(id)) {
            problems.add(row.error(ReferenceProblems.DUPLICATE_SUBJECT, "subject_id",
                    ReferenceProblems.duplicateId("subject id", id, rowById.get(id).locate())));
            return;
        }
        rowById.put(id, row);
        String name = row.text("name");
        if (name.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "name",
                    ReferenceProblems.emptyCell("name", "a display name such as Power of Siberia")));
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            aliases.add(name);
            claim(id, name, row, "name");
        }
        for (String alias : row.items("aliases")) {
            if (aliases.add(alias)) {
                claim(id, alias, row, "aliases");
            }
        }
        byId.put(id, new Subject(id, name.isEmpty() ? id : name, List.copyOf(aliases), row.table().fileName(),
                row.line()));
    }

    private void claim(String id, String alias, TableRow row, String column) {
        String key = Names.normalize(alias);
        if (key.isEmpty()) {
            return;
        }
        Claimant owner = aliasOwners.putIfAbsent(key, new Claimant(id, row));
        if (owner != null && !owner.subjectId().equals(id)) {
            problems.add(row.error(ReferenceProblems.DUPLICATE_ALIAS, column, ReferenceProblems.duplicateAlias(
                    alias, id, owner.subjectId(), owner.row().locate(), key)));
        }
    }

    /** Ids in table order, for suggestions. */
    List<String> ids() {
        return new ArrayList<>(rowById.keySet());
    }

    /** Ids defined in the tables, even those whose row had another problem (so facts do not cascade). */
    boolean isDefined(String id) {
        return rowById.containsKey(id);
    }

    /** The subject one of whose names normalizes like {@code text}, for "did you mean" suggestions. */
    Optional<String> findIdByAlias(String text) {
        return Optional.ofNullable(aliasOwners.get(Names.normalize(text))).map(Claimant::subjectId);
    }
}
