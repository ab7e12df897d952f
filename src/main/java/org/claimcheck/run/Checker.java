package org.claimcheck.run;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claimcheck-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (InputFile input : discovery.files()) {
                futures.add(pool.submit(() -> {
                    if (cancellation.isCancelled()) {
                        skipped.add(input.path());
                        return;
                    }
                    int claims = 0;
                    for (ArticleResult result : process(input, maxBytes)) {
                        claims += result.findings().size();
                        results.add(result);
                    }
                    progress.inputDone(input.path(), claims);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof java.io.UncheckedIOException io) {
                        throw io; // the machine's trouble (a full disk for the results file), not a bug
                    }
                    throw new IllegalStateException("a worker failed outside article processing", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
            progress.finished();
        }
        List<ArticleResult> sorted = results.sortedById();
        List<Problem> problems = new ArrayList<>(discovery.problems());
        if (!skipped.isEmpty()) {
            problems.add(interrupted(skipped, discovery.files().size()));
        }
        return new RunResult(toolVersion, sorted, problems);
    }

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
