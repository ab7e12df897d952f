package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.gate.Baseline;
import org.claimcheck.job.JobOutput;
import org.claimcheck.result.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code claimcheck report --from DIR}: the reports and the gate of a check that ran elsewhere (the Spark job),
 * through the same writers and exit codes as {@code check}, without loading models or reading articles again.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write the reports of a check run by the claimcheck Spark job from its output folder, and "
                + "exit as 'check' would on the same inputs.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", required = true,
            description = "The --output folder of a finished claimcheck Spark job (its findings/ and summary.json)"
                    + ", on a local or mounted file system.")
    Path from;

    @Mixin
    ReportOptions options = new ReportOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportOptions.Formats formats = options.checkedFormats(spec.commandLine());
        Baseline baseline = options.readBaseline(spec.commandLine());
        RunResult result;
        try {
            result = JobOutput.read(from);
        } catch (JobOutput.InvalidOutputException e) {
            err.println("claimcheck: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (result.articles().isEmpty()) {
            // As for check: a gate must not pass on nothing, and the reports of the last run stay as they were.
            err.println("claimcheck: " + from + ": the job found no article to check (an empty input, or no file"
                    + " of a supported format)");
            return ExitCode.USAGE.code();
        }
        try {
            return new GatedReports(options, baseline, out, err).finish(result, formats.files(), formats.streams(), true);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
