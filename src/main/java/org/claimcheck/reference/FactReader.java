package org.claimcheck.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/**
 * Reads fact rows against the subjects and attributes already read: known ids, a value of the attribute's kind,
 * a period only for measures, a tolerance only for amounts, an ISO vintage and a source.
 */
final class FactReader {

    private final List<Problem> problems;
    private final SubjectReader subjects;
    private final AttributeReader attributes;
    private final boolean referencesComplete;
    private final ValueCells cells;
    private final List<Fact> facts = new ArrayList<>();

    /**
     * @param referencesComplete false when a subjects or attributes table could not be read, so an id missing
     *     from them may be defined in that table: unknown ids are then not reported
     */
    FactReader(List<Problem> problems, SubjectReader subjects, AttributeReader attributes,
            boolean referencesComplete) {
        this.problems = problems;
        this.subjects = subjects;
        this.attributes = attributes;
        this.referencesComplete = referencesComplete;
        this.cells = new ValueCells(problems);
    }

    void read(List<TableRow> rows) {
        for (TableRow row : rows) {
            int before = problems.size();
            Optional<Fact> fact = readRow(row);
            if (problems.size() == before) {
                fact.ifPresent(facts::add);
            }
        }
    }

    List<Fact> facts() {
        return List.copyOf(facts);
    }

    private Optional<Fact> readRow(TableRow row) {
        String subjectId = required(row, "subject_id", "the id of a subject from the subjects table");
        String attributeId = required(row, "attribute", "the id of an attribute from the attributes table");
        if (!subjectId.isEmpty() && !subjects.isDefined(subjectId) && referencesComplete) {
            String hint = subjects.findIdByAlias(subjectId)
                    .or(() -> Suggestions.closest(subjectId, subjects.ids())).orElse(null);
            problems.add(row.error(ReferenceProblems.UNKNOWN_SUBJECT, "subject_id",
                    ReferenceProblems.unknownReference("subject", subjectId, "subjects", hint)));
        }
        if (!attributeId.isEmpty() && !attributes.isDefined(attributeId) && referencesComplete) {
            String hint = attributes.findIdByPhrase(attributeId)
                    .or(() -> Suggestions.closest(attributeId, attributes.ids())).orElse(null);
            problems.add(row.error(ReferenceProblems.UNKNOWN_ATTRIBUTE, "attribute",
                    ReferenceProblems.unknownReference("attribute", attributeId, "attributes", hint)));
        }
        Optional<Attribute> attribute = attributes.find(attributeId);
        Optional<Value> value = row.isEmpty("value")
                ? missing(row, "value", "a date such as 2001-07-16 or an amount such as 146.88 billion USD")
                : cells.value(row, attribute.map(Attribute::kind));
        value.ifPresent(v -> attribute.ifPresent(a -> checkKind(row, a, v)));
        DateValue period = period(row, attribute);
        Tolerance tolerance = tolerance(row, attribute, value);
        LocalDate vintage = ValueCells.vintage(row, problems);
        if (row.isEmpty("source")) {
            problems.add(row.error(ReferenceProblems.MISSING_SOURCE, "source", ReferenceProblems.missingSource()));
        }
        if (value.isEmpty() || tolerance == null) {
            return Optional.empty();
        }
        return Optional.of(new Fact(subjectId, attributeId, value.get(), period, tolerance, row.text("source"),
                vintage, row.text("note"), row.table().fileName(), row.line()));
    }

    private String required(TableRow row, String column, String expected) {
        if (row.isEmpty(column)) {
            missing(row, column, expected);
        }
        return row.text(column);
    }

    private <T> Optional<T> missing(TableRow row, String column, String expected) {
        problems.add(row.error(ReferenceProblems.EMPTY_CELL, column, ReferenceProblems.emptyCell(column, expected)));
        return Optional.empty();
    }

    private void checkKind(TableRow row, Attribute attribute, Value value) {
        if (attribute.kind() == AttributeKind.EVENT && !(value instanceof DateValue)) {
            problems.add(row.error(ReferenceProblems.KIND_MISMATCH, "value",
                    ReferenceProblems.eventWithAmount(attribute.id(), row.text("value"))));
        } else if (attribute.kind() == AttributeKind.MEASURE && !(value instanceof Amount)) {
            problems.add(row.error(ReferenceProblems.KIND_MISMATCH, "value",
                    ReferenceProblems.measureWithDate(attribute.id(), row.text("value"))));
        }
    }

    private DateValue period(TableRow row, Optional<Attribute> attribute) {
        if (row.isEmpty("period")) {
            return null;
        }
        if (attribute.map(a -> a.kind() == AttributeKind.EVENT).orElse(false)) {
            problems.add(row.error(ReferenceProblems.EVENT_WITH_PERIOD, "period",
                    ReferenceProblems.eventWithPeriod(attribute.get().id(), row.text("period"))));
            return null;
        }
        return cells.period(row).orElse(null);
    }

    /** The tolerance, {@link Tolerance#NONE} when empty, null when it is wrong. */
    private Tolerance tolerance(TableRow row, Optional<Attribute> attribute, Optional<Value> value) {
        if (row.isEmpty("tolerance")) {
            return Tolerance.NONE;
        }
        if (attribute.map(a -> a.kind() == AttributeKind.EVENT).orElse(false)) {
            problems.add(row.error(ReferenceProblems.BAD_TOLERANCE, "tolerance", ReferenceProblems.badTolerance(
                    row.text("tolerance"), "attribute \"" + attribute.get().id() + "\" is an event, and dates take"
                            + " no tolerance")));
            return null;
        }
        if (value.isPresent() && value.get() instanceof Amount amount) {
            return cells.tolerance(row, amount).orElse(null);
        }
        return null;
    }

}
