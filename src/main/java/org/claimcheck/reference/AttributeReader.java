package org.claimcheck.reference;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.problem.Problem;

/** Reads attribute rows: kebab-case ids defined once, a kind (event or measure) and at least one phrase. */
final class AttributeReader {

    private final List<Problem> problems;
    private final Map<String, Attribute> byId = new LinkedHashMap<>();
    private final Map<String, TableRow> rowById = new LinkedHashMap<>();

    AttributeReader(List<Problem> problems) {
        this.problems = problems;
    }

    void read(List<TableRow> rows) {
        for (TableRow row : rows) {
            readRow(row);
        }
    }

    List<Attribute> attributes() {
        return List.copyOf(byId.values());
    }

    private void readRow(TableRow row) {
        String id = row.text("attribute");
        if (id.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "attribute",
                    ReferenceProblems.emptyCell("attribute", "a kebab-case id such as began-operations")));
            return;
        }
        if (!Ids.isKebabCase(id)) {
            problems.add(row.error(ReferenceProblems.BAD_ID, "attribute",
                    ReferenceProblems.badId("attribute id", id, "began-operations")));
        }
        if (rowById.containsKey(id)) {
            problems.add(row.error(ReferenceProblems.DUPLICATE_ATTRIBUTE, "attribute",
                    ReferenceProblems.duplicateId("attribute id", id, rowById.get(id).locate())));
            return;
        }
        rowById.put(id, row);
        AttributeKind kind = kind(row);
        List<String> phrases = List.copyOf(new LinkedHashSet<>(row.items("phrases")));
        if (phrases.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "phrases", ReferenceProblems.emptyCell("phrases",
                    "|-separated words that express it in text, such as signed|signing|concluded")));
        }
        if (kind != null) {
            byId.put(id, new Attribute(id, kind, phrases, row.table().fileName(), row.line()));
        }
    }

    private AttributeKind kind(TableRow row) {
        String text = row.text("kind");
        if (text.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "kind",
                    ReferenceProblems.emptyCell("kind", "event or measure")));
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "event":
                return AttributeKind.EVENT;
            case "measure":
                return AttributeKind.MEASURE;
            default:
                problems.add(row.error(ReferenceProblems.BAD_KIND, "kind", ReferenceProblems.badKind(text)));
                return null;
        }
    }

    /** Ids defined in the tables, even those whose row had another problem (so facts do not cascade). */
    boolean isDefined(String id) {
        return rowById.containsKey(id);
    }

    List<String> ids() {
        return List.copyOf(rowById.keySet());
    }

    /** The first attribute with a phrase that normalizes like {@code text}, for "did you mean" suggestions. */
    Optional<String> findIdByPhrase(String text) {
        String key = Names.normalize(text);
        return byId.values().stream()
                .filter(a -> a.phrases().stream().anyMatch(p -> Names.normalize(p).equals(key)))
                .map(Attribute::id)
                .findFirst();
    }

    Optional<Attribute> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
