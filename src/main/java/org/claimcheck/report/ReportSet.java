package org.claimcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimcheck.files.AtomicFiles;

/**
 * One run's report files, switched in as a set. Every file is rendered into a staging folder next to the output
 * folder (inside it when its parent cannot be written), forced to disk, and only once all are complete is each
 * renamed over its old version, one atomic rename after another; report files of formats this run did not
 * write are then removed, so the folder holds one run's set. A crash while rendering leaves the previous set
 * untouched; the staging folder it leaves is removed by the next run, or, when it was complete (the crash came
 * during the renames), switched in first so the folder never keeps a mix of two runs.
 */
final class ReportSet implements Closeable {

    private static final String COMPLETE = ".complete";

    private final Path outputDir;
    private final Path staging;
    private final Set<String> reportNames;
    private boolean complete;

    private ReportSet(Path outputDir, Path staging, Set<String> reportNames) {
        this.outputDir = outputDir;
        this.staging = staging;
        this.reportNames = reportNames;
    }

    /**
     * Recovers what crashed runs left, creates {@code outputDir} when missing and an empty staging folder.
     *
     * @param reportNames the file names of every report format, the only files the set replaces or removes
     */
    static ReportSet stage(Path outputDir, Collection<String> reportNames) throws IOException {
        Path dir = folder(outputDir);
        Set<String> names = Set.copyOf(reportNames);
        recover(dir, names);
        Files.createDirectories(dir);
        Path staging = Files.createDirectory(stagingParent(dir).resolve(
                AtomicFiles.ownName(prefix(dir), "-" + Long.toUnsignedString(System.nanoTime(), 36))));
        return new ReportSet(dir, staging, names);
    }

    /** Where report {@code name} is rendered before the switch. */
    Path file(String name) {
        return Reports.resolveInside(staging, name);
    }

    /** Switches the staged files in as the folder's report set; the staging folder is gone afterwards. */
    void commit() throws IOException {
        Set<String> staged = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                staged.add(f.getFileName().toString());
            }
        }
        staged.retainAll(reportNames);
        // The mark lists the set; written durably after every report, it says the set is whole.
        AtomicFiles.writeDurably(staging.resolve(COMPLETE), w -> w.write(String.join("\n", staged) + "\n"));
        AtomicFiles.syncFolder(staging);
        complete = true;
        switchIn(staging, outputDir, reportNames);
    }

    /**
     * Removes the staging folder of a set that was not complete: the previous set stays as it was. A complete set
     * whose switch failed half-way is left for the next run to finish.
     */
    @Override
    public void close() throws IOException {
        if (!complete) {
            AtomicFiles.deleteTree(staging);
        }
    }

    /** Staging folders of processes that ended: complete ones are switched in, the others removed. */
    static void recover(Path outputDir, Set<String> reportNames) throws IOException {
        Path dir = folder(outputDir);
        List<Path> leftovers = new ArrayList<>(AtomicFiles.leftovers(stagingParent(dir), prefix(dir), ""));
        if (!stagingParent(dir).equals(dir)) {
            leftovers.addAll(AtomicFiles.leftovers(dir, prefix(dir), ""));
        }
        for (Path leftover : leftovers) {
            if (Files.isDirectory(leftover) && Files.exists(leftover.resolve(COMPLETE)) && Files.isDirectory(dir)) {
                switchIn(leftover, dir, reportNames);
            }
            AtomicFiles.deleteTree(leftover);
        }
        // Temporary files that single-file writes of earlier versions left beside the reports.
        for (String name : reportNames) {
            for (Path temp : AtomicFiles.leftovers(dir, "." + name + ".", ".tmp")) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Renames the set's files from {@code staging} into {@code outputDir} and removes the reports not in the set.
     * The set is the list in the staging folder's completion mark, so a switch a crash cut short can be finished:
     * files already renamed are in the output folder, the rest still in staging.
     */
    private static void switchIn(Path staging, Path outputDir, Set<String> reportNames) throws IOException {
        Set<String> set = new TreeSet<>();
        for (String name : Files.readAllLines(staging.resolve(COMPLETE), StandardCharsets.UTF_8)) {
            if (reportNames.contains(name.strip())) {
                set.add(name.strip());
            }
        }
        for (String name : set) {
            Path staged = staging.resolve(name);
            if (Files.exists(staged)) {
                AtomicFiles.replace(staged, outputDir.resolve(name));
            }
        }
        for (String name : new TreeSet<>(reportNames)) {
            if (!set.contains(name)) {
                Files.deleteIfExists(outputDir.resolve(name));
            }
        }
        AtomicFiles.syncFolder(outputDir);
        AtomicFiles.deleteTree(staging);
    }

    /** The output folder as the file system knows it: a symbolic link to it is followed, so renames stay inside. */
    private static Path folder(Path outputDir) throws IOException {
        Path dir = outputDir.toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? dir.toRealPath() : dir;
    }

    /**
     * The folder the staging folder goes in: the output folder's parent when it can be written and is on the
     * same file system (a rename cannot cross file systems, and an output folder may be a mount point), else the
     * output folder itself.
     */
    private static Path stagingParent(Path dir) {
        Path parent = dir.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            return dir;
        }
        try {
            return !Files.isDirectory(dir) || Files.getFileStore(parent).equals(Files.getFileStore(dir)) ? parent : dir;
        } catch (IOException e) {
            return dir;
        }
    }

    private static String prefix(Path dir) {
        Path name = dir.getFileName();
        return "." + (name == null ? "reports" : name.toString()) + ".claimcheck-staging-";
    }
}
