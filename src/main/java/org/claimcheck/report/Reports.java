package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.result.RunResult;

/**
 * Writes reports of a run. The report files of a run are switched in as one set ({@link ReportSet}): a reader
 * of the output folder sees the previous run's files or this run's, never half a report nor a mix of both.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes every file format of {@code formats} into {@code outputDir}, creating it when missing, and removes
     * the report files of other formats an earlier run left there (other files are never touched). Formats are
     * rendered side by side, one per core, into a staging folder; every format is attempted, and only when all
     * succeeded are they switched in. Otherwise the first failure is thrown and the folder is as it was.
     *
     * @throws IllegalArgumentException when a format prints to a stream (use {@link #write}) or a report
     *     file would land outside {@code outputDir}
     */
    public static void writeAll(RunResult result, Path outputDir, Set<ReportFormat> formats) throws IOException {
        writeAll(result, outputDir, formats, SourceRoot.currentFolder());
    }

    /** Like {@link #writeAll(RunResult, Path, Set)}, with SARIF locations relative to {@code root}. */
    public static void writeAll(RunResult result, Path outputDir, Set<ReportFormat> formats, SourceRoot root)
            throws IOException {
        Objects.requireNonNull(result, "result");
        for (ReportFormat format : formats) {
            if (format.printsToStream()) {
                throw new IllegalArgumentException(format.label() + " reports print to a stream, not to a file");
            }
        }
        List<String> allNames = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            f.findFileName().ifPresent(allNames::add);
        }
        List<ReportFormat> ordered = new ArrayList<>(new TreeSet<>(formats));
        try (ReportSet set = ReportSet.stage(outputDir, allNames)) {
            List<Path> targets = new ArrayList<>();
            for (ReportFormat format : ordered) {
                targets.add(set.file(format.requireFileName()));
            }
            renderAll(result, ordered, targets, root);
            set.commit();
        }
    }

    private static void renderAll(RunResult result, List<ReportFormat> ordered, List<Path> targets,
            SourceRoot root) throws IOException {
        int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (int i = 0; i < ordered.size(); i++) {
                write(result, ordered.get(i), targets.get(i), root);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimcheck-report");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                ReportFormat format = ordered.get(i);
                Path target = targets.get(i);
                writes.add(pool.submit(() -> {
                    write(result, format, target, root);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> w : writes) {
                try {
                    w.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing reports", e);
                }
            }
            if (first instanceof IOException io) {
                throw io;
            } else if (first instanceof RuntimeException re) {
                throw re;
            } else if (first instanceof Error error) {
                throw error;
            } else if (first != null) {
                throw new IOException(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void write(RunResult result, ReportFormat format, Path target, SourceRoot root)
            throws IOException {
        AtomicFiles.writeDurably(target, out -> format.renderer(root).write(result, out));
    }

    /** Writes one report of any format to {@code out}, which stays open. */
    public static void write(RunResult result, ReportFormat format, Writer out) throws IOException {
        write(result, format, out, SourceRoot.currentFolder());
    }

    /** Like {@link #write(RunResult, ReportFormat, Writer)}, with file locations relative to {@code root}. */
    public static void write(RunResult result, ReportFormat format, Writer out, SourceRoot root) throws IOException {
        format.renderer(root).write(result, out);
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
