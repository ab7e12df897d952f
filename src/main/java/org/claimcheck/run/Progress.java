package org.claimcheck.run;

/** Receives progress of a run; called from worker threads, so implementations must be thread-safe. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void started(int inputs) {
        }

        @Override
        public void inputDone(String path) {
        }
    };

    void started(int inputs);

    void inputDone(String path);

    /** An input is done and yielded {@code claims} claims (over all its articles). */
    default void inputDone(String path, int claims) {
        inputDone(path);
    }

    /** The run is over (finished, cancelled or failed): no more calls follow. */
    default void finished() {
    }
}
