package org.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.gate.Baseline;
import org.claimcheck.gate.FailOn;
import org.claimcheck.report.OutputFolder;
import org.claimcheck.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of every command that writes reports and gates on them: where reports go, which, and what fails. */
class ReportOptions {

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

    /** The report formats asked for: files in the output folder, and those printed on standard output. */
    record Formats(Set<ReportFormat> files, Set<ReportFormat> streams) {
    }

    /**
     * Reads {@code --format} and, when a file format is asked for, checks that {@code --output} can be written:
     * either mistake is a usage error, found before any model loads or article is read.
     */
    Formats checkedFormats(CommandLine cmd) {
        Formats formats;
        try {
            formats = new Formats(fileFormats(), streamFormats());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, e.getMessage());
        }
        if (!formats.files().isEmpty()) {
            Optional<String> unwritable = OutputFolder.problem(output);
            if (unwritable.isPresent()) {
                throw new ParameterException(cmd, unwritable.get());
            }
        }
        return formats;
    }

    Set<ReportFormat> fileFormats() {
        return selected(false);
    }

    Set<ReportFormat> streamFormats() {
        return selected(true);
    }

    /** The baseline named by {@code --baseline}, or the empty one; a file that cannot be read is a usage error. */
    Baseline readBaseline(CommandLine cmd) {
        if (baseline == null) {
            return Baseline.EMPTY;
        }
        try {
            return Baseline.read(baseline);
        } catch (IOException e) {
            throw new ParameterException(cmd, "--baseline " + baseline + ": " + (Files.exists(baseline)
                    ? e.getMessage() : "no such file: expected a file written by 'claimcheck baseline'"));
        }
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
}
