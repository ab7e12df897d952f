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
}
