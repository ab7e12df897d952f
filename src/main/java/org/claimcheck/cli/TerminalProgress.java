package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimcheck.run.Progress;

/**
 * A one-line progress bar on stderr (inputs done/total, rate, ETA), shown only on an interactive terminal
 * outside CI; logs get {@link LogProgress} instead.
 */
final class TerminalProgress implements Progress {

    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long startNanos;

    private TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /**
     * A progress bar on an interactive terminal; elsewhere (CI, a pipe, a file: no console) a plain line about
     * every ten seconds ({@link LogProgress}), since a bar redrawn with carriage returns garbles a log.
     */
    static Progress forStderr(PrintWriter err) {
        boolean interactive = System.console() != null && System.getenv("CI") == null;
        return interactive ? new TerminalProgress(err) : new LogProgress(err, System::nanoTime, true);
    }

    @Override
    public void started(int inputs) {
        total = inputs;
        startNanos = System.nanoTime();
    }

    @Override
    public synchronized void inputDone(String path) {
        int n = done.incrementAndGet();
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = n / seconds;
        long eta = rate > 0 ? Math.round((total - n) / rate) : 0;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * n / total);
        err.printf("\r[%s%s] %d/%d inputs, %.1f/s, ETA %ds ", "#".repeat(filled), " ".repeat(width - filled), n,
                total, rate, eta);
        if (n == total) {
            err.println();
        }
        err.flush();
    }
}
