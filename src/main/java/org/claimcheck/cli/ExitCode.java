package org.claimcheck.cli;

/** The process exit codes, each with the sentence {@code --help} prints for it. */
public enum ExitCode {
    OK(0, "clean: every input was checked and no claim failed the gate"),
    INTERNAL_ERROR(1, "internal error (a bug): please report it with the command line"),
    USAGE(2, "usage error: unknown command or option, bad option value, a path that does not exist or holds no "
            + "article, an output folder that cannot be written, a revision --changed-since cannot use, or a "
            + "Spark job's output folder (report --from) that is missing, unfinished, malformed or holds no article"),
    INVALID_REFERENCES(3, "the reference tables (or, for eval, the labels) are invalid: nothing was checked"),
    GATE_FAILED(4, "claims failed the gate (see --fail-on); reports were written"),
    INPUT_PROBLEMS(5, "some inputs could not be processed, or none could; reports were written for the rest"),
    CANNOT_WRITE(6, "a file could not be written (disk full, permission denied), the message says which; the "
            + "reports already there are left as they were");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
