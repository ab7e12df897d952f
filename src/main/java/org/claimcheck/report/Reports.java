package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.result.RunResult;

/**
 * Writes reports of a run. Files land in the output directory only, each one atomically: a reader sees either
 * the previous file or the complete new one, never a half-written report.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes every file format of {@code formats} into {@code outputDir}, creating it when missing, in the
     * order of {@link ReportFormat}.
     *
     * @throws IllegalArgumentException when a format prints to a stream (use {@link #write}) or a report
     *     file would land outside {@code outputDir}
     */
    public static void writeAll(RunResult result, Path outputDir, Set<ReportFormat> formats) throws IOException {
        Objects.requireNonNull(result, "result");
        Path dir = outputDir.toAbsolutePath().normalize();
        for (ReportFormat format : formats) {
            if (format.printsToStream()) {
                throw new IllegalArgumentException(format.label() + " reports print to a stream, not to a file");
            }
        }
        Files.createDirectories(dir);
        for (ReportFormat format : new TreeSet<>(formats)) {
            Path target = resolveInside(dir, format.requireFileName());
            AtomicFiles.write(target, out -> format.renderer().write(result, out));
        }
    }

    /** Writes one report of any format to {@code out}, which stays open. */
    public static void write(RunResult result, ReportFormat format, Writer out) throws IOException {
        format.renderer().write(result, out);
        out.flush();
    }

    /** The file {@code name} inside {@code dir}, refusing any name that would escape it. */
    static Path resolveInside(Path dir, String name) {
        Path base = dir.toAbsolutePath().normalize();
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base) || target.equals(base) || !target.getParent().equals(base)) {
            throw new IllegalArgumentException("report file " + name + " would land outside the output directory "
                    + base);
        }
        return target;
    }
}
