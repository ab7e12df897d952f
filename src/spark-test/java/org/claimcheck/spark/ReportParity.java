package org.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.cli.Main;

/**
 * Compares what {@code claimcheck report --from} makes of a job's output with what {@code claimcheck check}
 * makes of the same inputs: every report file byte for byte, what both print on standard output, and the exit
 * code. The reports hold no timestamp, duration or absolute path, so nothing needs normalising; the one line
 * that does differ, the summary on standard error, is not compared.
 */
final class ReportParity {

    /** Every format: the files, and both stream formats on standard output. */
    static final String FORMATS = "html,json,sarif,junit,markdown,csv,claimreview,text,github";

    private ReportParity() {
    }

    record Cli(int code, String out, String err) {
    }

    static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    static void assertSameAsCheck(String input, String refs, Path jobOutput, Path tmp, String... gate)
            throws IOException {
        Path checked = tmp.resolve("check-reports");
        Path reported = tmp.resolve("job-reports");
        Cli check = cli(concat(new String[] {"check", input, "--refs", refs, "--output", checked.toString(),
            "--format", FORMATS, "--no-cache", "--threads", "2"}, gate));
        Cli report = cli(concat(new String[] {"report", "--from", jobOutput.toString(), "--output",
            reported.toString(), "--format", FORMATS}, gate));

        assertThat(report.code()).as(report.err()).isEqualTo(check.code());
        assertThat(check.out()).as("text and github lines").contains("::");
        assertThat(report.out()).isEqualTo(check.out());
        List<String> names = fileNames(checked);
        assertThat(names).hasSize(7);
        assertThat(fileNames(reported)).isEqualTo(names);
        for (String name : names) {
            assertThat(reported.resolve(name)).as(name).hasSameBinaryContentAs(checked.resolve(name));
        }
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
