package org.claimcheck.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} of the commands that analyse articles: one declaration, one default, one check. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N", converter = PositiveNumbers.Threads.class,
            description = "Worker threads (default: all cores).")
    Integer threads;

    /** The worker threads asked for, or one per core. */
    int count() {
        return threads == null ? Runs.defaultThreads() : threads;
    }
}
