package org.claimcheck.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;

/** Reads the value, period and tolerance cells of a facts row with the value grammar, reporting what is wrong. */
final class ValueCells {

    /** A number (with an optional currency sign and scale word) followed by something the grammar rejected. */
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile(
            "(?i)([-+]?[$\u20ac\u00a3\u00a5]?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*(?:thousand|million|billion|trillion))?)"
                    + "\\s*([^\\d\\s][^\\d]*)");
    private static final MathContext RATIO = MathContext.DECIMAL64;

    private final List<Problem> problems;

    ValueCells(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Reads a value cell. For a measure a bare number such as "2000" is a count, not the year the grammar
     * would otherwise read.
     */
    Optional<Value> value(TableRow row, Optional<AttributeKind> kind) {
        String text = row.text("value");
        if (kind.orElse(null) == AttributeKind.MEASURE) {
            try {
                return Optional.of(ValueGrammar.requireAmount(text));
            } catch (ValueFormatException e) {
                // fall through: the general reading gives the most helpful message (or a kind mismatch)
            }
        }
        try {
            return Optional.of(ValueGrammar.parse(text));
        } catch (ValueFormatException e) {
            Optional<String> unit = unknownUnit(text);
            if (unit.isPresent()) {
                problems.add(row.error(ReferenceProblems.UNKNOWN_UNIT, "value",
                        ReferenceProblems.unknownUnit(unit.get(), text, KnownUnits.list())));
            } else {
                problems.add(row.error(ReferenceProblems.BAD_VALUE, "value",
                        ReferenceProblems.badValue(text, e)));
            }
            return Optional.empty();
        }
    }

    /**
     * The unit of {@code text} when only the unit stops it from parsing: the same number with a unit the
     * grammar surely knows reads fine.
     */
    static Optional<String> unknownUnit(String text) {
        Matcher m = NUMBER_THEN_UNIT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            ValueGrammar.parse(m.group(1) + " USD");
            return Optional.of(m.group(2).strip());
        } catch (ValueFormatException e) {
            return Optional.empty();
        }
    }

    Optional<DateValue> period(TableRow row) {
        String text = row.text("period");
        try {
            Value value = ValueGrammar.parse(text);
            if (value instanceof DateValue date) {
                return Optional.of(date);
            }
            problems.add(row.error(ReferenceProblems.BAD_PERIOD, "period", ReferenceProblems.periodNotDate(text)));
        } catch (ValueFormatException e) {
            problems.add(row.error(ReferenceProblems.BAD_PERIOD, "period",
                    ReferenceProblems.unreadablePeriod(text, e)));
        }
        return Optional.empty();
    }

    /** The tolerance of an amount fact; {@code value} is the fact's amount. */
    Optional<Tolerance> tolerance(TableRow row, Amount value) {
        String text = row.text("tolerance");
        if (text.isEmpty()) {
            return Optional.of(Tolerance.NONE);
        }
        Value band;
        try {
            band = ValueGrammar.parse(text);
        } catch (ValueFormatException e) {
            return badTolerance(row, ReferenceProblems.grammar(e));
        }
        if (!(band instanceof Amount amount)) {
            return badTolerance(row, "it is not an amount");
        }
        if (amount.number().signum() < 0) {
            return badTolerance(row, "it is negative");
        }
        if (amount.unit().code().equals("%")) {
            return Optional.of(new Tolerance(null, amount.number().divide(BigDecimal.valueOf(100), RATIO)));
        }
        // "2%" is always relative, so an absolute band around a percentage is written in percentage points.
        if (amount.unit().code().equals("pp") && value.unit().code().equals("%")) {
            return Optional.of(new Tolerance(amount.number(), null));
        }
        if (!amount.unit().comparableWith(value.unit())) {
            return badTolerance(row, "its unit " + amount.unit().code() + " does not match the value's unit "
                    + value.unit().code());
        }
        // Stored in the fact's own unit, whatever scale the tolerance was written in (0.5 billion vs 500 million).
        return Optional.of(new Tolerance(amount.inBaseUnit().divide(value.unit().factor(), RATIO), null));
    }

    private Optional<Tolerance> badTolerance(TableRow row, String why) {
        problems.add(row.error(ReferenceProblems.BAD_TOLERANCE, "tolerance",
                ReferenceProblems.badTolerance(row.text("tolerance"), why)));
        return Optional.empty();
    }

    /** The vintage cell of a facts or rates row: a yyyy-mm-dd date, or null when empty or unreadable (reported). */
    static LocalDate vintage(TableRow row, List<Problem> problems) {
        if (row.isEmpty("vintage")) {
            return null;
        }
        try {
            return LocalDate.parse(row.text("vintage"));
        } catch (DateTimeParseException e) {
            problems.add(row.error(ReferenceProblems.BAD_VINTAGE, "vintage",
                    ReferenceProblems.badVintage(row.text("vintage"))));
            return null;
        }
    }
}
