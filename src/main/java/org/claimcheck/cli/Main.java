package org.claimcheck.cli;

import java.io.PrintWriter;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the CLI in-process and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        err.println("claimcheck: not wired yet");
        return ExitCode.INTERNAL_ERROR.code();
    }
}
