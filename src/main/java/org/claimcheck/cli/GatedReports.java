package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.claimcheck.gate.Baseline;
import org.claimcheck.gate.Gate;
import org.claimcheck.report.OutputFolder;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Reports;
import org.claimcheck.report.SourceRoot;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.verify.Finding;

/**
 * The end of a check, wherever its result was computed ({@code check} here, {@code report --from} on a Spark
 * job's output): writes the reports, prints the stream formats and a summary, and turns the gate's decision
 * and the run's problems into the exit code.
 */
final class GatedReports {

    private static final int MAX_PROBLEMS_SHOWN = 10;

    private final ReportOptions options;
    private final Baseline baseline;
    private final PrintWriter out;
    private final PrintWriter err;

    GatedReports(ReportOptions options, Baseline baseline, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.baseline = baseline;
        this.out = out;
        this.err = err;
    }

    /**
     * Reports {@code result} and returns the exit code.
     *
     * @param anyInput whether there were inputs to check: a run in which none could be checked never passes
     */
    int finish(RunResult result, Set<ReportFormat> files, Set<ReportFormat> streams, boolean anyInput)
            throws IOException, InterruptedException {
        SourceRoot root = files.contains(ReportFormat.SARIF) || streams.contains(ReportFormat.GITHUB)
                ? sourceRoot() : SourceRoot.currentFolder();
        try {
            Reports.writeAll(result, options.output, files, root);
        } catch (IOException e) {
            err.println("claimcheck: error: cannot write the reports to " + options.output + ": "
                    + OutputFolder.reason(e) + "; the reports already there were left as they were");
            return ExitCode.CANNOT_WRITE.code();
        }
        for (ReportFormat f : streams) {
            Reports.write(result, f, out, root);
        }
        Gate gate = new Gate(options.failOn, baseline);
        List<Finding> failures = gate.failures(result);
        printSummary(result, gate, failures, files);
        if (result.problems().stream().anyMatch(p -> p.code().equals(Checker.INTERRUPTED))) {
            err.println("claimcheck: interrupted; the reports cover the inputs finished before it");
            return ExitCode.INPUT_PROBLEMS.code();
        }
        if (!failures.isEmpty()) {
            return ExitCode.GATE_FAILED.code();
        }
        boolean anyChecked = result.articles().stream().anyMatch(a -> a.status() == ArticleStatus.CHECKED);
        if (!anyChecked && anyInput) {
            result.allProblems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(err::println);
            err.println("claimcheck: no article was checked: every input failed (the reports list why); a check"
                    + " of nothing never passes, not even with --no-fail-on-error");
            return ExitCode.INPUT_PROBLEMS.code();
        }
        return result.hasErrors() && !options.noFailOnError ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
    }

    /** Code scanning and GitHub annotations name files relative to the repository root: git's, else this folder. */
    private static SourceRoot sourceRoot() throws InterruptedException {
        Path here = Path.of("").toAbsolutePath();
        return new SourceRoot(ChangedFiles.topLevel(here).orElse(here), here);
    }

    private void printSummary(RunResult result, Gate gate, List<Finding> failures, Set<ReportFormat> files) {
        int accepted = gate.accepted(result).size();
        err.printf("claimcheck: %d claims in %d articles; %d fail the gate (--fail-on %s)%s%n",
                result.findingCount(), result.articles().size(), failures.size(), options.failOn,
                accepted == 0 ? "" : "; " + accepted + " accepted by the baseline");
        if (!files.isEmpty()) {
            err.println("claimcheck: reports written to " + options.output);
        }
    }
}
