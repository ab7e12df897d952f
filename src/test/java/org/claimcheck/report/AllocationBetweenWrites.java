package org.claimcheck.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

/**
 * A writer that keeps nothing and notes how many bytes the writing thread allocated between one write and the
 * next: a renderer that builds its whole report, or a tree of it, before writing shows that as one long stretch
 * of allocation without output. It allocates nothing itself, so it measures only the renderer.
 */
final class AllocationBetweenWrites extends ObservingWriter {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final long start;
    private long lastWrite;
    private long largestStretch;
    private long characters;

    AllocationBetweenWrites() {
        start = allocated();
        lastWrite = start;
    }

    /** Skips the calling test where the JVM cannot count a thread's allocations. */
    static void assumeMeasurable() {
        assumeTrue(THREADS != null && THREADS.isThreadAllocatedMemorySupported()
                && THREADS.isThreadAllocatedMemoryEnabled(), "the JVM counts no per-thread allocation");
    }

    /** The most bytes allocated between two writes, or before the first one. */
    long largestStretch() {
        return largestStretch;
    }

    /** Bytes allocated from this writer's creation to the last write. */
    long total() {
        return lastWrite - start;
    }

    long characters() {
        return characters;
    }

    @Override
    protected void wrote(int length) {
        long now = allocated();
        largestStretch = Math.max(largestStretch, now - lastWrite);
        lastWrite = now;
        characters += length;
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t ? t : null;
    }
}
