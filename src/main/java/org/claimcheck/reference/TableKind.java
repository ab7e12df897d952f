package org.claimcheck.reference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of reference table, each with its columns; a table's header says which kind it is. Every kind but
 * rates must be present: without a rates table, amounts in different currencies are simply never compared.
 */
enum TableKind {
    SUBJECTS("subjects", "subjects.csv",
            List.of("subject_id", "name", "aliases", "note"),
            Set.of("subject_id", "name"),
            Set.of("name", "aliases")),
    ATTRIBUTES("attributes", "attributes.csv",
            List.of("attribute", "kind", "phrases", "note"),
            Set.of("attribute", "kind", "phrases"),
            Set.of("kind", "phrases")),
    FACTS("facts", "facts-*.csv",
            List.of("subject_id", "attribute", "value", "period", "tolerance", "source", "vintage", "note"),
            Set.of("subject_id", "attribute", "value", "source"),
            Set.of("value", "period", "tolerance", "source", "vintage")),
    RATES("rates", "rates.csv",
            List.of("currency", "base", "rate", "period", "source", "vintage", "note"),
            Set.of("currency", "base", "rate", "period", "source"),
            Set.of("currency", "base", "rate", "period", "source", "vintage"));

    private final String label;
    private final String usualFileName;
    private final List<String> columns;
    private final Set<String> required;
    /**
     * Columns that speak for this kind: the kind with most of them in a header wins, whatever else the header
     * holds. Facts and rates share period, source and vintage, so the columns only one of them has decide.
     */
    private final Set<String> distinctive;

    TableKind(String label, String usualFileName, List<String> columns, Set<String> required,
            Set<String> distinctive) {
        this.label = label;
        this.usualFileName = usualFileName;
        this.columns = columns;
        this.required = required;
        this.distinctive = distinctive;
    }

    String label() {
        return label;
    }

    String usualFileName() {
        return usualFileName;
    }

    List<String> columns() {
        return columns;
    }

    String columnList() {
        return String.join(",", columns);
    }

    boolean isRequired(String column) {
        return required.contains(column);
    }

    /** Whether a directory of tables needs one of this kind; a rates table is optional. */
    boolean isMandatory() {
        return this != RATES;
    }

    /**
     * The kind whose distinctive columns the header holds most of; a header with none of them falls back on the
     * usual file names subjects.csv and attributes.csv. Empty when undecided.
     */
    static Optional<TableKind> classify(List<String> header, String fileName) {
        TableKind best = null;
        long bestScore = 0;
        boolean tie = false;
        for (TableKind kind : values()) {
            long score = header.stream().map(TableKind::columnKey).filter(kind.distinctive::contains).count();
            if (score > bestScore) {
                best = kind;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best != null) {
            return tie ? Optional.empty() : Optional.of(best);
        }
        for (TableKind kind : List.of(SUBJECTS, ATTRIBUTES)) {
            if (kind.usualFileName.equalsIgnoreCase(fileName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Header names are matched trimmed and case-insensitively: "Subject_ID " is subject_id. */
    static String columnKey(String headerCell) {
        return headerCell.strip().toLowerCase(Locale.ROOT);
    }
}
