package org.claimcheck.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.ReadResult;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/**
 * Runs the pipeline over discovered inputs: read → annotate → extract → judge, one input per task on a pool
 * of worker threads sharing one annotator. Annotations are dropped as soon as claims are extracted, and the
 * results of a large run are kept on disk ({@link ResultStore}), so memory does not grow with the corpus. A
 * failure in one article becomes a problem of that article. A cancelled run stops starting inputs, lets those in
 * progress finish, and reports how many were left out. With a {@link FindingsCache}, an input file or article
 * checked before against the same tables is neither read, annotated nor judged again.
 */
public final class Checker {

    /** The code of the problem a cancelled run reports. */
    public static final String INTERRUPTED = "interrupted";
    /** The code of a problem caused by a bug rather than by the input; such results are never cached. */
    public static final String INTERNAL_ERROR = "internal-error";

    private final ArticleAnnotator annotator;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ClaimJudge judge;
    private final int threads;
    private final String toolVersion;
    private final FindingsCache findingsCache;
    private final long resultBudgetBytes;
    private final Duration inputBudget;

    /** The time one input may take by default: far beyond any real article, short of a CI job's patience. */
    public static final Duration DEFAULT_INPUT_BUDGET = Duration.ofMinutes(10);
    /** The code of the problem for an input that ran past its time budget. */
    public static final String TIMED_OUT = "timed-out";

    public Checker(ArticleAnnotator annotator, ClaimJudge judge, int threads, String toolVersion) {
        this(annotator, judge, threads, toolVersion, null);
    }

    /**
     * @param findingsCache findings of articles checked before against the same tables, or null; it must hold
     *     findings of this {@code judge} only
     */
    public Checker(ArticleAnnotator annotator, ClaimJudge judge, int threads, String toolVersion,
            FindingsCache findingsCache) {
        this(annotator, judge, threads, toolVersion, findingsCache, defaultResultBudget());
    }

    /**
     * @param resultBudgetBytes estimated heap the run's results may take; beyond it they are kept in a
     *     temporary file and read back one article at a time (see {@link ResultStore})
     */
    public Checker(ArticleAnnotator annotator, ClaimJudge judge, int threads, String toolVersion,
            FindingsCache findingsCache, long resultBudgetBytes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.annotator = annotator;
        this.judge = judge;
        this.threads = threads;
        this.toolVersion = toolVersion;
        this.findingsCache = findingsCache;
        this.resultBudgetBytes = resultBudgetBytes;
        this.inputBudget = DEFAULT_INPUT_BUDGET;
    }

    private Checker(Checker base, Duration inputBudget) {
        this.annotator = base.annotator;
        this.judge = base.judge;
        this.threads = base.threads;
        this.toolVersion = base.toolVersion;
        this.findingsCache = base.findingsCache;
        this.resultBudgetBytes = base.resultBudgetBytes;
        this.inputBudget = inputBudget;
    }

    /**
     * This checker with another time budget per input. An input that runs past it becomes a problem naming it
     * and the rest of the batch is reported; its worker is abandoned (CoreNLP cannot be interrupted) and replaced.
     */
    public Checker withInputBudget(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget per input must be positive");
        }
        return new Checker(this, budget);
    }

    /**
     * An eighth of the maximum heap: at the launcher's 1 GiB, 128 MB of results (some 5,000 typical articles)
     * next to the models and the articles in progress.
     */
    static long defaultResultBudget() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    public RunResult run(Discovery discovery, long maxBytes, Progress progress) throws InterruptedException {
        return run(discovery, maxBytes, progress, new Cancellation());
    }

    /** Like {@link #run(Discovery, long, Progress)}, stopping early once {@code cancellation} is cancelled. */
    public RunResult run(Discovery discovery, long maxBytes, Progress progress, Cancellation cancellation)
            throws InterruptedException {
        progress.started(discovery.files().size());
        ResultStore results = new ResultStore(resultBudgetBytes);
        Set<String> skipped = new ConcurrentSkipListSet<>();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads,
                0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "claimcheck-worker");
                    t.setDaemon(true);
                    return t;
                });
        Map<String, Long> started = new ConcurrentHashMap<>();
        Set<String> abandoned = new ConcurrentSkipListSet<>();
        List<Problem> overrun = new ArrayList<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            List<InputFile> inputs = discovery.files();
            for (InputFile input : inputs) {
                futures.add(pool.submit(() -> {
                    if (cancellation.isCancelled()) {
                        skipped.add(input.path());
                        return;
                    }
                    started.put(input.path(), System.nanoTime());
                    int claims = 0;
                    List<ArticleResult> done = process(input, maxBytes);
                    if (abandoned.contains(input.path())) {
                        return; // reported as timed out or left out already; a late result must not appear beside it
                    }
                    for (ArticleResult result : done) {
                        claims += result.findings().size();
                        results.add(result);
                    }
                    progress.inputDone(input.path(), claims);
                }));
            }
            long[] cancelSeen = {0};
            for (int i = 0; i < futures.size(); i++) {
                awaitWithinBudget(futures.get(i), inputs.get(i), started, abandoned, overrun, pool, progress,
                        () -> stopWaiting(cancellation, cancelSeen));
                if (abandoned.contains(inputs.get(i).path()) && cancellation.isCancelled()) {
                    skipped.add(inputs.get(i).path());
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        List<ArticleResult> sorted = results.sortedById();
        List<Problem> problems = new ArrayList<>(discovery.problems());
        problems.addAll(overrun);
        if (!skipped.isEmpty()) {
            problems.add(interrupted(skipped, discovery.files().size()));
        }
        return new RunResult(toolVersion, sorted, problems);
    }

    /**
     * Waits for one input, but no longer than its budget from the moment it started: past that, the input is
     * a problem naming it, and a new worker takes the abandoned one's place so the batch goes on.
     */
    private void awaitWithinBudget(Future<?> f, InputFile input, Map<String, Long> started, Set<String> abandoned,
            List<Problem> overrun, ThreadPoolExecutor pool, Progress progress,
            java.util.function.BooleanSupplier giveUp) throws InterruptedException {
        while (true) {
            try {
                f.get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                if (giveUp.getAsBoolean()) {
                    // Interrupted (Ctrl-C, SIGTERM): what finished is reported; an input still running is left out.
                    abandoned.add(input.path());
                    f.cancel(true);
                    return;
                }
                Long since = started.get(input.path());
                if (since != null && System.nanoTime() - since > inputBudget.toNanos()) {
                    abandoned.add(input.path());
                    f.cancel(true);
                    overrun.add(Problem.error(TIMED_OUT, input.path(), "analysis took longer than "
                            + inputBudget.toSeconds() + " s and was abandoned; the rest of the batch is reported"));
                    progress.inputDone(input.path(), 0);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return;
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException io) {
                    throw io; // the machine's trouble (a full disk for the results file), not a bug
                }
                throw new IllegalStateException("a worker failed outside article processing", e.getCause());
            }
        }
    }

    /** Once a run is cancelled, inputs still running get a few seconds to finish before they are left out. */
    private static boolean stopWaiting(Cancellation cancellation, long[] cancelSeen) {
        if (!cancellation.isCancelled()) {
            return false;
        }
        long now = System.nanoTime();
        if (cancelSeen[0] == 0) {
            cancelSeen[0] = now;
        }
        return now - cancelSeen[0] > CANCEL_GRACE.toNanos();
    }

    private static final Duration CANCEL_GRACE = Duration.ofSeconds(5);

    /** One problem for all inputs a cancelled run left out, placed at the first of them. */
    private static Problem interrupted(Set<String> skipped, int total) {
        int n = skipped.size();
        return Problem.error(INTERRUPTED, skipped.iterator().next(), "the run was interrupted: "
                + (n == 1 ? "this input was" : "this input and " + (n - 1) + " others were") + " not processed ("
                + n + " of " + total + " inputs)");
    }

    /** Everything one input yields; never throws for bad input or a failing article. */
    public List<ArticleResult> process(InputFile input, long maxBytes) {
        if (findingsCache == null || input.file() == null) {
            return read(input, maxBytes);
        }
        byte[] content;
        try {
            if (!Files.isRegularFile(input.file()) || Files.size(input.file()) > maxBytes) {
                return read(input, maxBytes);
            }
            content = Files.readAllBytes(input.file());
        } catch (IOException e) {
            return read(input, maxBytes); // reported there, with the file's name
        }
        Optional<List<ArticleResult>> cached = findingsCache.findInput(input.path(), content, maxBytes);
        if (cached.isPresent()) {
            return cached.get();
        }
        // Read from the very bytes the key was made of, so a file changing meanwhile cannot be cached wrongly.
        List<ArticleResult> results = read(new InputFile(input.path(), null, content), maxBytes);
        boolean sound = results.stream().flatMap(r -> r.problems().stream())
                .noneMatch(p -> p.code().equals(INTERNAL_ERROR));
        if (sound) {
            findingsCache.putInput(input.path(), content, maxBytes, results);
        }
        return results;
    }

    private List<ArticleResult> read(InputFile input, long maxBytes) {
        ReadResult read;
        try {
            read = Ingest.read(input, maxBytes);
        } catch (RuntimeException e) {
            return List.of(failed(input.path(), Problem.error(INTERNAL_ERROR, input.path(),
                    "could not read the input: " + e)));
        }
        List<ArticleResult> out = new ArrayList<>();
        if (read.articles().isEmpty()) {
            out.add(new ArticleResult(input.path(), input.path(), ArticleMeta.NONE, ArticleStatus.FAILED, "",
                    List.of(), read.problems()));
            return out;
        }
        boolean first = true;
        for (Article article : read.articles()) {
            // Problems of a multi-article file (a bad JSON line) are kept with the first article from it.
            List<Problem> problems = first ? read.problems() : List.of();
            first = false;
            out.add(check(article, problems));
        }
        return out;
    }

    private ArticleResult check(Article article, List<Problem> readProblems) {
        try {
            List<Finding> findings = findings(article);
            return new ArticleResult(article.id(), article.path(), article.meta(), ArticleStatus.CHECKED,
                    article.text(), findings, readProblems);
        } catch (RuntimeException e) {
            List<Problem> problems = new ArrayList<>(readProblems);
            problems.add(Problem.error(INTERNAL_ERROR, article.path(),
                    "could not analyse the article: " + e));
            return new ArticleResult(article.id(), article.path(), article.meta(), ArticleStatus.FAILED, "",
                    List.of(), problems);
        }
    }

    private List<Finding> findings(Article article) {
        if (findingsCache != null) {
            Optional<List<Finding>> cached = findingsCache.find(article);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        List<Claim> claims = extractor.extract(annotator.annotate(article));
        List<Finding> findings = judge.judge(article, claims);
        if (findingsCache != null) {
            findingsCache.put(article, findings);
        }
        return findings;
    }

    private static ArticleResult failed(String path, Problem problem) {
        return new ArticleResult(path, path, ArticleMeta.NONE, ArticleStatus.FAILED, "", List.of(), List.of(problem));
    }
}
