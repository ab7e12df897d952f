package org.claimcheck.series.owid;

/**
 * Input the importer cannot turn into a reference folder; the message is {@code path:line:col: error: …} (or
 * {@code path: error: …} when no position applies) and says what was expected.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    ImportException(String message) {
        super(message);
    }

    static ImportException at(String path, int line, int column, String message) {
        return new ImportException(path + ":" + line + ":" + column + ": error: " + message);
    }

    static ImportException in(String path, String message) {
        return new ImportException(path + ": error: " + message);
    }
}
