package org.claimcheck.series;

import java.util.List;

/**
 * The codes and messages of every problem a series folder can have, in one place so each says what was expected.
 * Codes shared with the other reference tables mean the same thing there.
 */
final class SeriesProblems {

    static final String MISSING_FILE = "missing-file";
    static final String UNREADABLE_FILE = "unreadable-file";
    static final String INVALID_UTF8 = "invalid-utf8";
    static final String MALFORMED_CSV = "malformed-csv";
    static final String EMPTY_TABLE = "empty-table";
    static final String MISSING_COLUMN = "missing-column";
    static final String UNKNOWN_COLUMN = "unknown-column";
    static final String DUPLICATE_COLUMN = "duplicate-column";
    static final String WRONG_CELL_COUNT = "wrong-cell-count";
    static final String EMPTY_CELL = "empty-cell";
    static final String BAD_ID = "bad-id";
    static final String BAD_CODE = "bad-code";
    static final String BAD_LAYOUT = "bad-layout";
    static final String BAD_UNIT_KIND = "bad-unit-kind";
    static final String BAD_SCALE = "bad-scale";
    static final String BAD_VINTAGE = "bad-vintage";
    static final String BAD_MAPPING = "bad-mapping";
    static final String BAD_NUMBER = "bad-number";
    static final String BAD_PERIOD = "bad-period";
    static final String UNKNOWN_SUBJECT = "unknown-subject";
    static final String UNKNOWN_ATTRIBUTE = "unknown-attribute";
    static final String DUPLICATE_SUBJECT = "duplicate-subject";
    static final String DUPLICATE_ATTRIBUTE = "duplicate-attribute";
    static final String DUPLICATE_PERIOD = "duplicate-period";
    static final String UNIT_MISMATCH = "unit-mismatch";
    static final String NO_DATA = "no-data";
    static final String MISSING_SUBJECTS = "missing-table";

    private SeriesProblems() {
    }

    static String missingFile() {
        return "file not found: expected the series file the manifest names, relative to the manifest's folder";
    }

    static String unreadableFile(String reason) {
        return "cannot read file: " + reason;
    }

    static String invalidUtf8() {
        return "not valid UTF-8: expected a file saved as UTF-8";
    }

    static String malformedCsv(String reason) {
        return "malformed CSV: " + reason;
    }

    static String emptyTable() {
        return "empty file: expected a header row";
    }

    static String missingColumn(String table, String column, List<String> columns) {
        return "missing column \"" + column + "\": expected the columns of " + table + ", "
                + String.join(",", columns);
    }

    static String unknownColumn(String table, String column, List<String> columns) {
        return "unknown column \"" + column + "\": expected the columns of " + table + ", "
                + String.join(",", columns);
    }

    static String duplicateColumn(String column, String otherPlace) {
        return "column \"" + column + "\" appears twice (first at " + otherPlace + "): expected each column once";
    }

    static String wrongCellCount(int found, int expected) {
        return "row has " + found + " cells: expected " + expected + " like the header";
    }

    static String emptyCell(String column, String expected) {
        return "empty cell in required column \"" + column + "\": expected " + expected;
    }

    static String badId(String text) {
        return "attribute id \"" + text + "\" is not kebab-case: expected lowercase letters, digits and single"
                + " hyphens, such as unemployment-rate";
    }

    static String badCode(String text) {
        return "subject code \"" + text + "\" is not a code: expected capital letters, digits and underscores,"
                + " such as GBR or OWID_WRL";
    }

    static String badLayout(String text) {
        return "unknown layout \"" + text + "\": expected wide (a year column, then one column per subject code)"
                + " or long (columns subject,attribute,period,value,unit,source)";
    }

    static String badUnitKind(String text) {
        return "unknown unit kind \"" + text + "\": expected one of " + UnitKind.idList();
    }

    static String badScale(String text) {
        return "bad scale \"" + text + "\": expected empty (1) or a positive number such as 1000000";
    }

    static String badVintage(String text) {
        return "cannot read vintage \"" + text + "\": expected a date yyyy-mm-dd such as 2024-01-12";
    }

    static String badMapping(String item) {
        return "cannot read column mapping \"" + item + "\": expected empty (column names are subject codes) or"
                + " items COLUMN=CODE separated by |, with - as CODE to leave a column out";
    }

    static String badNumber(String text) {
        return "cannot read number \"" + text + "\": expected a decimal such as 12.5, -3 or 1.2e6, or an empty"
                + " cell for a missing figure";
    }

    static String badYear(String text) {
        return "cannot read period \"" + text + "\": expected a year such as 2021 (series are yearly)";
    }

    static String unknownSubject(String code, String subjectsPath) {
        return "unknown subject code \"" + code + "\": expected a code from " + subjectsPath;
    }

    static String unknownAttribute(String id, String manifestPath) {
        return "unknown attribute \"" + id + "\": expected an attribute the manifest " + manifestPath
                + " gives this file for";
    }

    static String duplicateId(String what, String id, String otherRow) {
        return "duplicate " + what + " \"" + id + "\": already defined at " + otherRow + "; expected each once";
    }

    static String duplicatePeriod(int year, String otherPlace) {
        return "duplicate period " + year + ": already given at " + otherPlace + "; expected each year once per"
                + " subject";
    }

    static String unitMismatch(String unit, String attribute, String manifestUnit) {
        return "unit \"" + unit + "\" differs from \"" + manifestUnit + "\", the unit the manifest gives \""
                + attribute + "\": expected the manifest's unit or an empty cell";
    }

    static String noData(String attribute) {
        return "no figures for \"" + attribute + "\": expected at least one number in its file, or remove the"
                + " manifest row";
    }

    static String missingSubjects(String path) {
        return "no series subjects table: expected " + path + " with the columns code,name,aliases,note";
    }
}
