package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.claimcheck.cli.ExitCode;
import org.claimcheck.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's refusals, which come before any analysis (the models are never loaded here). */
class EvalCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void refusesAnInvalidEvaluationSetWithExitCode3AndEveryProblem() throws IOException {
        MiniEvalSet.write(dir, "pipeline.md,2019,1,DATE,,,,2019,MAYBE,,\n"
                + "pipeline.md,2031,1,DATE,,,,2031,UNVERIFIABLE,,\n");

        int code = run("eval", dir.toString());

        assertThat(code).isEqualTo(ExitCode.INVALID_REFERENCES.code()).isEqualTo(3);
        assertThat(err.toString()).contains(
                dir + "/labels.csv:2:33: error: verdict \"MAYBE\"",
                dir + "/labels.csv:3:13: error: \"2031\" does not occur in the text of pipeline.md",
                "claimcheck: the evaluation set in " + dir + " is invalid; nothing was evaluated");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void treatsAMissingFolderAsAUsageError() {
        int code = run("eval", dir.resolve("nowhere").toString());

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("not a directory: " + dir.resolve("nowhere"));
    }

    @Test
    void refusesAnUnknownFormat() throws IOException {
        MiniEvalSet.write(dir, "");

        assertThat(run("eval", dir.toString(), "--format", "html")).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("--format");
    }
}
