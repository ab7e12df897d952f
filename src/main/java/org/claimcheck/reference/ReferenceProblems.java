package org.claimcheck.reference;

import java.util.List;
import org.claimcheck.value.ValueFormatException;

/**
 * The codes and messages of every problem reference tables can have, in one place so they stay consistent and
 * each says what was expected.
 */
final class ReferenceProblems {

    static final String NO_TABLES = "no-tables";
    static final String MISSING_TABLE = "missing-table";
    static final String UNREADABLE_FILE = "unreadable-file";
    static final String INVALID_UTF8 = "invalid-utf8";
    static final String MALFORMED_CSV = "malformed-csv";
    static final String EMPTY_TABLE = "empty-table";
    static final String UNRECOGNISED_HEADER = "unrecognised-header";
    static final String MISSING_COLUMN = "missing-column";
    static final String UNKNOWN_COLUMN = "unknown-column";
    static final String DUPLICATE_COLUMN = "duplicate-column";
    static final String WRONG_CELL_COUNT = "wrong-cell-count";
    static final String EMPTY_CELL = "empty-cell";
    static final String BAD_ID = "bad-id";
    static final String BAD_KIND = "bad-kind";
    static final String BAD_VALUE = "bad-value";
    static final String UNKNOWN_UNIT = "unknown-unit";
    static final String UNKNOWN_SUBJECT = "unknown-subject";
    static final String UNKNOWN_ATTRIBUTE = "unknown-attribute";
    static final String KIND_MISMATCH = "kind-mismatch";
    static final String EVENT_WITH_PERIOD = "event-with-period";
    static final String BAD_PERIOD = "bad-period";
    static final String BAD_TOLERANCE = "bad-tolerance";
    static final String BAD_VINTAGE = "bad-vintage";
    static final String MISSING_SOURCE = "missing-source";
    static final String DUPLICATE_FACT = "duplicate-fact";
    static final String CONFLICTING_FACTS = "conflicting-facts";
    static final String DUPLICATE_ALIAS = "duplicate-alias";
    static final String DUPLICATE_SUBJECT = "duplicate-subject";
    static final String DUPLICATE_ATTRIBUTE = "duplicate-attribute";
    static final String UNKNOWN_CURRENCY = "unknown-currency";
    static final String SAME_CURRENCY = "same-currency";
    static final String BAD_RATE = "bad-rate";
    static final String DUPLICATE_RATE = "duplicate-rate";
    static final String CONFLICTING_RATES = "conflicting-rates";

    static final String TOLERANCE_FORMS =
            "expected empty, a relative band such as 2% or an amount in the value's unit such as 0.5 billion USD";
    static final String PERIOD_FORMS = "expected a date or period such as 2021, 2022-Q3 or 2019-12";

    private ReferenceProblems() {
    }

    static String noTables(String dir) {
        return "no reference tables found in " + dir
                + ": expected subjects.csv, attributes.csv and at least one facts table";
    }

    static String missingTable(TableKind kind, String dir) {
        return "no " + kind.label() + " table in " + dir + ": expected a file such as " + kind.usualFileName()
                + " with the columns " + kind.columnList();
    }

    static String unreadableFile(String reason) {
        return "cannot read file: " + reason;
    }

    static String invalidUtf8(int badByte) {
        return String.format("not valid UTF-8: byte 0x%02X cannot be decoded here; expected a file saved as UTF-8",
                badByte);
    }

    static String malformedCsv(String reason) {
        return "malformed CSV: " + reason;
    }

    static String emptyTable() {
        return "empty file: expected a header row with " + allColumnSets();
    }

    static String unrecognisedHeader(List<String> header) {
        return "header not recognised: found \"" + String.join(",", header) + "\"; expected " + allColumnSets();
    }

    private static String allColumnSets() {
        return "the columns of a subjects table (" + TableKind.SUBJECTS.columnList() + "), an attributes table ("
                + TableKind.ATTRIBUTES.columnList() + "), a facts table (" + TableKind.FACTS.columnList()
                + ") or a rates table (" + TableKind.RATES.columnList() + ")";
    }

    static String missingColumn(TableKind kind, String column) {
        return "missing column \"" + column + "\": " + hasColumns(kind);
    }

    static String unknownColumn(TableKind kind, String column) {
        return "unknown column \"" + column + "\": " + hasColumns(kind);
    }

    private static String hasColumns(TableKind kind) {
        return "expected the columns of " + article(kind) + " " + kind.label() + " table, " + kind.columnList();
    }

    static String duplicateColumn(String column, int firstColumn) {
        return "column \"" + column + "\" appears twice (first at column " + firstColumn
                + "): expected each column once";
    }

    static String wrongCellCount(int found, List<String> header) {
        return "row has " + found + " cells: expected " + header.size() + " like the header ("
                + String.join(",", header) + ")";
    }

    static String emptyCell(String column, String expected) {
        return "empty cell in required column \"" + column + "\": expected " + expected;
    }

    static String badId(String what, String text, String example) {
        return what + " \"" + text + "\" is not kebab-case: expected lowercase letters, digits and single hyphens,"
                + " such as " + example;
    }

    static String badKind(String text) {
        return "unknown kind \"" + text + "\": expected event or measure";
    }

    static String badValue(String text, ValueFormatException e) {
        return "cannot read value \"" + text + "\": " + grammar(e);
    }

    /**
     * The grammar's own message, which names the character where reading stopped; when it does not, the index
     * is added (1-based, as "character N" of the cell).
     */
    static String grammar(ValueFormatException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("at character") ? message : message + " (at character " + (e.index() + 1) + ")";
    }

    static String unknownUnit(String unit, String text, String knownUnits) {
        return "unknown unit \"" + unit + "\" in value \"" + text + "\": expected one of " + knownUnits;
    }

    static String unknownReference(String what, String text, String table, String suggestion) {
        String message = "unknown " + what + " \"" + text + "\": expected an id from the " + table + " table";
        return suggestion == null ? message : message + "; did you mean \"" + suggestion + "\"?";
    }

    static String eventWithAmount(String attribute, String text) {
        return "attribute \"" + attribute + "\" is an event, so its value must be a date: found the amount \""
                + text + "\"";
    }

    static String measureWithDate(String attribute, String text) {
        return "attribute \"" + attribute + "\" is a measure, so its value must be an amount: found the date \""
                + text + "\"";
    }

    static String eventWithPeriod(String attribute, String period) {
        return "attribute \"" + attribute + "\" is an event: expected an empty period (its date goes in value),"
                + " found \"" + period + "\"";
    }

    static String unreadablePeriod(String text, ValueFormatException e) {
        return "cannot read period \"" + text + "\": " + grammar(e) + "; " + PERIOD_FORMS;
    }

    static String periodNotDate(String text) {
        return "period \"" + text + "\" is not a date: " + PERIOD_FORMS;
    }

    static String badTolerance(String text, String why) {
        return "bad tolerance \"" + text + "\": " + why + "; " + TOLERANCE_FORMS;
    }

    static String badVintage(String text) {
        return "cannot read vintage \"" + text + "\": expected a date yyyy-mm-dd such as 2024-01-12";
    }

    static String missingSource() {
        return "missing source: expected a URL or a citation saying where the value comes from";
    }

    static String duplicateFact(String otherRow) {
        return "duplicate fact: same subject, attribute, period, vintage and value as " + otherRow
                + "; expected each fact once";
    }

    static String conflictingFacts(String otherRow, String otherValue, String thisValue) {
        return "conflicting facts: " + otherRow + " gives \"" + otherValue + "\" for the same subject, attribute,"
                + " period and vintage, this row gives \"" + thisValue + "\"; expected one value per vintage"
                + " (give a revision its own vintage)";
    }

    static String duplicateAlias(String alias, String subject, String otherSubject, String otherRow,
            String key) {
        return "alias \"" + alias + "\" of \"" + subject + "\" is also an alias of \"" + otherSubject + "\" at "
                + otherRow + " (both read as \"" + key + "\"): expected each alias to name one subject";
    }

    static String duplicateId(String what, String id, String otherRow) {
        return "duplicate " + what + " \"" + id + "\": already defined at " + otherRow + "; expected each id once";
    }

    static String unknownCurrency(String text, String knownCodes) {
        return "unknown currency \"" + text + "\": expected the ISO code of one of " + knownCodes;
    }

    static String sameCurrency(String code) {
        return "currency and base are both " + code + ": expected two different currencies";
    }

    static String badRate(String text, String why) {
        return "bad rate \"" + text + "\": " + why + "; expected a positive decimal number of currency units per"
                + " one unit of base, such as 0.8455";
    }

    static String badRatePeriod(String text) {
        return "rate period \"" + text + "\" is not a year or a month: expected a year such as 2021 or a month such"
                + " as 2021-03";
    }

    static String duplicateRate(String otherRow, boolean inverse) {
        return "duplicate rate: " + otherRow + (inverse ? " gives the inverse" : " gives the same rate")
                + " for the same currencies and period; expected each rate once (the inverse is derived)";
    }

    static String conflictingRates(String otherRow, String otherRate, String thisRate) {
        return "conflicting rates: " + otherRow + " gives \"" + otherRate + "\" for the same currencies and period,"
                + " this row gives \"" + thisRate + "\"; expected one rate per pair of currencies and period";
    }

    private static String article(TableKind kind) {
        return kind == TableKind.ATTRIBUTES ? "an" : "a";
    }
}
