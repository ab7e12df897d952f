package org.claimcheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimcheck.it.SharedNlp;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    /**
     * The lean pipeline of the integration tests, shared by every in-process run and never loaded in the
     * background: a command loads it only when it annotates an article, which only integration tests do.
     */
    static final NlpModels MODELS = new NlpModels(SharedNlp::annotator, false);

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), MODELS);
        return new CliRun(code, out.toString(), err.toString());
    }
}
