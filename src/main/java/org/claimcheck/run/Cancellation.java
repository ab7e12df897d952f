package org.claimcheck.run;

/**
 * A request to stop a run early, safe to signal from any thread (a shutdown hook on Ctrl-C). Once cancelled,
 * a run starts no new input; inputs already being analysed finish, so every result it reports is whole.
 */
public final class Cancellation {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
