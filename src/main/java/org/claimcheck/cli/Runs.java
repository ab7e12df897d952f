package org.claimcheck.cli;

import java.io.PrintWriter;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.run.Checker;
import org.claimcheck.run.ClaimJudge;
import org.claimcheck.run.Progress;
import org.claimcheck.result.RunResult;

/** Shared wiring of the commands that analyse articles: one annotator per process, started early. */
final class Runs {

    private static CoreNlpAnnotator annotator;

    private Runs() {
    }

    /** The process-wide annotator; its models start loading on a background thread at the first call. */
    static synchronized ArticleAnnotator annotator() {
        if (annotator == null) {
            annotator = new CoreNlpAnnotator(NlpSettings.LEAN);
            Thread loader = new Thread(annotator::warmUp, "claimcheck-nlp-loader");
            loader.setDaemon(true);
            loader.start();
        }
        return annotator;
    }

    static Discovery discover(InputSpec spec) {
        return Ingest.discover(spec, () -> System.in);
    }

    static RunResult run(Discovery discovery, InputSpec spec, ClaimJudge judge, int threads, PrintWriter err)
            throws InterruptedException {
        Checker checker = new Checker(annotator(), judge, threads, Version.get());
        Progress progress = TerminalProgress.forStderr(err);
        return checker.run(discovery, spec.maxBytes(), progress);
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
