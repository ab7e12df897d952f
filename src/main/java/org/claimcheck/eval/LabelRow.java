package org.claimcheck.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.problem.Problem;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;

/**
 * Turns one record of the labels file into a {@link Label}, or reports why it cannot: every bad cell is an
 * error at its own line and column. A value the value grammar cannot read is only a warning: the row is still
 * matched and judged, but its value can never count as correctly extracted.
 */
final class LabelRow {

    /** The kinds of planted errors the labels may name. */
    static final List<String> PLANTED = List.of("wrong-year", "wrong-month", "wrong-day", "wrong-magnitude",
            "wrong-figure", "wrong-currency", "hedge", "period-swap");

    private final RawRow row;
    private final String file;
    private final List<Problem> problems;
    private boolean bad;

    private LabelRow(RawRow row, String file, List<Problem> problems) {
        this.row = row;
        this.file = file;
        this.problems = problems;
    }

    static Optional<Label> read(RawRow row, String file, List<Problem> problems) {
        return new LabelRow(row, file, problems).read();
    }

    private Optional<Label> read() {
        if (row.cellCount() != row.columnCount()) {
            problems.add(Problem.error("wrong-cell-count", file, row.row(), "row has " + row.cellCount()
                    + " cells: expected " + row.columnCount() + " (" + String.join(",", LabelReader.COLUMNS) + ")"));
            return Optional.empty();
        }
        String article = required("article", "the article's path relative to the articles folder");
        String claim = row.cell("claim");
        if (claim.isBlank()) {
            error("claim", "empty claim: expected the value phrase exactly as it stands in the article");
        }
        int occurrence = occurrence();
        ClaimKind kind = choice("kind", ClaimKind.class);
        Expectation expected = choice("verdict", Expectation.class);
        String planted = planted(expected);
        DateValue period = period();
        String valueText = row.cell("value").strip();
        Value value = kind == null || expected == null ? null : value(valueText, kind, expected);
        if (bad) {
            return Optional.empty();
        }
        return Optional.of(new Label(article, claim, occurrence, kind, optional("subject"), optional("attribute"),
                period, valueText, value, expected, planted, row.cell("note"), row.cells(file)));
    }

    private String required(String column, String expected) {
        String text = row.cell(column).strip();
        if (text.isEmpty()) {
            error(column, "empty " + column + ": expected " + expected);
        }
        return text;
    }

    private String optional(String column) {
        String text = row.cell(column).strip();
        return text.isEmpty() ? null : text;
    }

    private int occurrence() {
        String text = row.cell("occurrence").strip();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error("occurrence", "occurrence \"" + text + "\": expected a whole number from 1 (which occurrence of "
                + "the claim text in the article)");
        return 1;
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type) {
        String text = row.cell(column).strip();
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error(column, column + " \"" + text + "\": expected one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private String planted(Expectation expected) {
        String planted = optional("planted");
        if (planted != null && !PLANTED.contains(planted.toLowerCase(Locale.ROOT))) {
            error("planted", "planted \"" + planted + "\": expected one of " + String.join(", ", PLANTED)
                    + ", or empty");
        } else if (planted != null && expected != null && expected != Expectation.CONTRADICTED) {
            error("planted", "a planted error must be labelled CONTRADICTED, not " + expected);
        }
        return planted == null ? null : planted.toLowerCase(Locale.ROOT);
    }

    private DateValue period() {
        String text = row.cell("period").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return ValueGrammar.requireDate(text);
        } catch (ValueFormatException e) {
            problems.add(Problem.error("invalid-period", file, row.at("period", e.index()),
                    "period \"" + text + "\": " + e.getMessage()));
            bad = true;
            return null;
        }
    }

    /** A claim's value read at its kind: dates as dates, everything else as an amount ("2000" is a count). */
    private Value value(String text, ClaimKind kind, Expectation expected) {
        if (!expected.isClaim()) {
            return null;
        }
        if (text.isEmpty()) {
            error("value", "empty value: a claim needs its normalized value (\"2001-07-16\", \"147 billion USD\")");
            return null;
        }
        Value value;
        try {
            value = kind == ClaimKind.DATE ? ValueGrammar.requireDate(text) : ValueGrammar.requireAmount(text);
        } catch (ValueFormatException e) {
            problems.add(Problem.warning("value-outside-grammar", file, row.at("value", e.index()), "value \""
                    + text + "\" is outside the value grammar (" + e.getMessage() + "): the claim is still "
                    + "matched and judged, but its value never counts as correctly extracted"));
            return null;
        }
        ClaimKind actual = ValueKinds.of(value);
        if (actual != kind) {
            error("kind", "kind " + kind + " does not fit the value \"" + text + "\", which is a " + actual
                    + ": expected " + actual + " or another value");
        }
        return value;
    }

    private void error(String column, String message) {
        problems.add(Problem.error("invalid-label", file, row.at(column), message));
        bad = true;
    }
}
