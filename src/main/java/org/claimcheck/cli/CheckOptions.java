package org.claimcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of {@code check} and {@code baseline}: the report and gate options, where the tables are, how to run. */
final class CheckOptions extends ReportOptions {

    @Option(names = {"-r", "--refs"}, paramLabel = "DIR", defaultValue = "reference-data",
            description = "Folder of reference tables (default: ${DEFAULT-VALUE}).")
    Path refs;

    @Option(names = "--input-timeout", paramLabel = "SECONDS", defaultValue = "600",
            converter = PositiveNumbers.Seconds.class,
            description = "Abandon an input whose analysis takes longer than this and report it as a problem; the "
                    + "rest of the batch is checked (default: ${DEFAULT-VALUE}).")
    long inputTimeout;

    @Option(names = "--changed-since", paramLabel = "REV",
            description = "Only check articles that git reports as changed since REV (and untracked ones).")
    String changedSince;

    @Mixin
    ThreadsOption threads;

    int threadCount() {
        return threads.count();
    }
}
