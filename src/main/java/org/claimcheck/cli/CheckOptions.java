package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.gate.FailOn;
import org.claimcheck.report.ReportFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of {@code check} and {@code baseline}: where the tables are, where reports go, what fails. */
final class CheckOptions {

    @Option(names = {"-r", "--refs"}, paramLabel = "DIR", defaultValue = "reference-data",
            description = "Folder of reference tables (default: ${DEFAULT-VALUE}).")
    Path refs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
            description = "Folder the report files are written to (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "Formats to produce, comma-separated: html, json, sarif, junit, markdown, csv, "
                    + "claimreview (files in the output folder); text, github (printed on stdout). "
                    + "Default: every file format, and text on stdout.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "contradicted",
            converter = FailOnConverter.class,
            description = "Lowest verdict that fails the gate: contradicted, possible-conflict (and contradicted), "
                    + "ambiguous (and both), unverifiable (and all three), or none (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--no-fail-on-error",
            description = "Exit 0 even when some inputs could not be processed (they are still reported); a run in"
                    + " which none could never exits 0.")
    boolean noFailOnError;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted claims (written by 'claimcheck baseline') that no longer fail the gate.")
    Path baseline;

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

    Set<ReportFormat> fileFormats() {
        return selected(false);
    }

    Set<ReportFormat> streamFormats() {
        return selected(true);
    }

    private Set<ReportFormat> selected(boolean stream) {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        if (formats.isEmpty()) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.printsToStream() == stream && f != ReportFormat.GITHUB) {
                    out.add(f);
                }
            }
            return out;
        }
        for (String name : formats) {
            ReportFormat f = FormatNames.parse(name);
            if (f.printsToStream() == stream) {
                out.add(f);
            }
        }
        return out;
    }

    int threadCount() {
        return threads.count();
    }
}
