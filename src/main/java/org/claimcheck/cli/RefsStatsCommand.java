package org.claimcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck refs stats [DIR]}: what a reference folder holds and what loading it costs, the wall time of
 * one load and the heap it keeps (measured after garbage collection, before and after).
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
        long before = settledHeap(memory);
        long start = System.nanoTime();
        LoadResult loaded = ReferenceLoader.load(dir);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long after = settledHeap(memory);
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
        out.printf("load time: %d ms%n", millis);
        out.printf("heap used after load: %.1f MB (of which the loaded tables and series: %.1f MB)%n",
                after / 1e6, (after - before) / 1e6);
        // Keeps the result reachable until the heap has been measured.
        return loaded.index() == null ? ExitCode.INTERNAL_ERROR.code() : ExitCode.OK.code();
    }

    /** Heap in use once garbage collection has run; a few rounds, as one call may leave finalizable garbage. */
    private static long settledHeap(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
