package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.claimcheck.run.Progress;

/**
 * Progress for a log (CI, a pipe, a file): about every ten seconds one plain line on stderr with the inputs
 * done of the total, the claims found, the rate and the time left, so a long run is visibly alive. A timer
 * looks once a second, so a line comes even while one long input is being analysed; a run shorter than ten
 * seconds prints nothing. The clock is injectable, so tests need no sleeping.
 */
final class LogProgress implements Progress {

    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private final boolean timer;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong claims = new AtomicLong();
    private volatile int total;
    private long startNanos;
    private long lastLineNanos;
    private ScheduledExecutorService ticker;

    /**
     * @param timer whether a background timer calls {@link #tick()} once a second; without it, only finished
     *     inputs (and explicit ticks) may print a line
     */
    LogProgress(PrintWriter err, LongSupplier nanoClock, boolean timer) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.timer = timer;
    }

    @Override
    public synchronized void started(int inputs) {
        total = inputs;
        startNanos = nanoClock.getAsLong();
        lastLineNanos = startNanos;
        if (timer) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "claimcheck-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public void inputDone(String path) {
        inputDone(path, 0);
    }

    @Override
    public void inputDone(String path, int claimCount) {
        done.incrementAndGet();
        claims.addAndGet(claimCount);
        tick();
    }

    /** Prints a line when ten seconds have passed since the last one (or the start). */
    synchronized void tick() {
        long now = nanoClock.getAsLong();
        if (now - lastLineNanos < INTERVAL_NANOS) {
            return;
        }
        lastLineNanos = now;
        err.println(line(now));
        err.flush();
    }

    @Override
    public synchronized void finished() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    private String line(long now) {
        int n = done.get();
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = n / seconds;
        String eta = n == 0 ? "unknown" : duration(Math.round((total - n) / rate));
        return String.format(Locale.ROOT, "claimcheck: %,d/%,d inputs, %,d claims, %.1f inputs/s, %s elapsed,"
                + " ETA %s", n, total, claims.get(), rate, duration(Math.round(seconds)), eta);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
        }
        return seconds / 3600 + "h" + String.format(Locale.ROOT, "%02d", seconds % 3600 / 60) + "m";
    }
}
