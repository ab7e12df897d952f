package org.claimcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.series.SeriesLoad;
import org.claimcheck.series.SeriesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck refs stats [DIR]}: what a reference folder holds and what loading it costs: the wall time of a
 * cold load of its series and the heap they keep (measured after garbage collection, before and after), then the
 * time to load the whole folder, tables and series, as {@code check} does.
 */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Load reference tables and series once; print their size, the load time and the heap used.")
final class RefsStatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "reference-data",
            description = "Folder of reference tables (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // The series first, in a fresh JVM, so their figure is a cold load as a check run would see it.
        long before = settledHeap(memory);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        SeriesLoad series = SeriesLoader.load(dir);
        long seriesMillis = (System.nanoTime() - start) / 1_000_000;
        long seriesCpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
        long afterSeries = settledHeap(memory);
        start = System.nanoTime();
        LoadResult loaded = ReferenceLoader.load(dir);
        long folderMillis = (System.nanoTime() - start) / 1_000_000;
        loaded.problems().forEach(out::println);
        if (!loaded.isValid()) {
            out.println(dir + ": invalid; the tables cannot be used");
            return ExitCode.INVALID_REFERENCES.code();
        }
        out.printf("%s: %d subjects, %d attributes, %d facts%n", dir, loaded.index().subjects().size(),
                loaded.index().attributes().size(), loaded.index().facts().size());
        out.printf("%s: %d series attributes, %d series subjects, %d series, %d figures%n", dir,
                loaded.series().attributes().size(), loaded.series().subjects().size(),
                loaded.series().seriesCount(), loaded.series().pointCount());
        // CPU time as well as wall time: on a busy machine the wall time says more about the neighbours.
        out.printf("series load time: %d ms (cold), %s%n", seriesMillis,
                seriesCpuMillis < 0 ? "CPU time unknown" : seriesCpuMillis + " ms of CPU time in all threads");
        out.printf("heap used after loading the series: %.1f MB, of which the series: %.1f MB%n", afterSeries / 1e6,
                (afterSeries - before) / 1e6);
        out.printf("load time of the whole folder (tables and series, loaded again): %d ms%n", folderMillis);
        // Keeps the first load reachable until the heap has been measured.
        return series.index().seriesCount() < 0 ? ExitCode.INTERNAL_ERROR.code() : ExitCode.OK.code();
    }

    /** CPU time of the whole process (every thread, the compiler's and collector's too), or -1 when unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Heap in use once garbage collection has run; a few rounds, as one call may leave finalizable garbage. */
    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
