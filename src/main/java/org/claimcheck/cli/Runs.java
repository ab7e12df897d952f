package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CachingAnnotator;
import org.claimcheck.run.Cancellation;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.FindingsCache;
import org.claimcheck.run.ClaimJudge;
import org.claimcheck.run.Progress;
import org.claimcheck.result.RunResult;

/**
 * Shared wiring of the commands that analyse articles: inputs, the findings cache, the run itself, and for
 * {@code check} a Ctrl-C handler that stops the run cleanly. The annotator comes from {@link NlpModels}.
 */
final class Runs {

    private Runs() {
    }

    static Discovery discover(InputSpec spec) {
        return Ingest.discover(spec, () -> System.in);
    }

    /**
     * The findings cache of a run that verifies against {@code refs}, in the annotation cache's folder, or null
     * without a cache. Only runs whose judge is the {@link org.claimcheck.verify.Verifier} of those tables may
     * use it.
     */
    static FindingsCache findingsCache(Path cacheDir, LoadResult refs) {
        // Findings depend on every rule of the code, so they are keyed by the build, not only the version;
        // annotations depend on the NLP settings and prefilter, which their own key names.
        return cacheDir == null ? null
                : new FindingsCache(cacheDir, refs.fingerprint(), Version.get() + " " + CodeFingerprint.get());
    }

    static RunResult run(Discovery discovery, InputSpec spec, ClaimJudge judge, int threads,
            ArticleAnnotator annotator, FindingsCache findingsCache, Cancellation cancellation, PrintWriter err)
            throws InterruptedException {
        return run(discovery, spec, judge, threads, annotator, findingsCache, cancellation, err,
                Checker.DEFAULT_INPUT_BUDGET);
    }

    /** As above, abandoning an input that takes longer than {@code inputBudget}. */
    static RunResult run(Discovery discovery, InputSpec spec, ClaimJudge judge, int threads,
            ArticleAnnotator annotator, FindingsCache findingsCache, Cancellation cancellation, PrintWriter err,
            java.time.Duration inputBudget) throws InterruptedException {
        Checker checker = new Checker(annotator, judge, threads, Version.get(), findingsCache)
                .withInputBudget(inputBudget);
        Progress progress = TerminalProgress.forStderr(err);
        return checker.run(discovery, spec.maxBytes(), progress, cancellation);
    }

    /** A cache that could not be written costs the next run time, never this run's result: say so once. */
    static void warnIfCacheFailed(ArticleAnnotator annotator, PrintWriter err) {
        if (annotator instanceof CachingAnnotator caching) {
            caching.cache().stats().firstWriteFailure().ifPresent(failure -> err.println(
                    "claimcheck: warning: could not write the annotation cache (" + failure
                            + "); these articles will be analysed again next time"));
        }
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Ctrl-C during a run: the shutdown hook cancels the run, waits until the command has written its reports
     * for what was finished and called {@link #finished}, then ends the process with the command's exit code
     * (the JVM would otherwise exit with 130 once the hook returns).
     */
    static final class Interrupt {

        private static final long MAX_WAIT_SECONDS = 120;

        private final Cancellation cancellation = new Cancellation();
        private final CountDownLatch done = new CountDownLatch(1);
        private final Thread hook = new Thread(this::onSignal, "claimcheck-interrupt");
        private volatile boolean signalled;
        private volatile int exitCode = ExitCode.INPUT_PROBLEMS.code();

        static Interrupt install() {
            Interrupt i = new Interrupt();
            Runtime.getRuntime().addShutdownHook(i.hook);
            return i;
        }

        Cancellation cancellation() {
            return cancellation;
        }

        /** Called once the command is done: hands its exit code to a waiting hook, or removes the hook. */
        void finished(int code) {
            exitCode = code;
            if (!signalled) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutdown began after the check above: the hook is running and will see the latch
                }
            }
            done.countDown();
        }

        private void onSignal() {
            signalled = true;
            cancellation.cancel();
            try {
                done.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Main.halt(exitCode);
        }
    }
}
