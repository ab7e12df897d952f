package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.bench.Bench;
import org.claimcheck.bench.PrefilterCheck;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck bench}: measures claimcheck against the naive CoreNLP pipeline on a generated corpus. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Generate a benchmark corpus and check it in separate JVMs: the naive baseline (CoreNLP "
                + "defaults, one thread), claimcheck (cold cache), claimcheck again (warm cache). Prints "
                + "articles/s, sentences/s, tokens/s, peak memory, the speed-up and the prefilter's skipped share.",
            "With --prefilter-check PATH...: extract the claims of real articles with and without the prefilter "
                + "and list every difference (exit 1 if a claim differs)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "200",
            description = "Articles in the benchmark corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--baseline-articles", paramLabel = "M",
            description = "Check only the first M articles with the slow baseline (default: all; 0 skips it).")
    Integer baselineArticles;

    @Option(names = "--scaling", paramLabel = "N", split = ",",
            description = "Also time claimcheck (cold and cached) on corpora of these sizes, e.g. 100,1000,10000.")
    List<Integer> scaling = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", converter = PositiveNumbers.Threads.class,
            description = "Worker threads of claimcheck (default: all cores).")
    Integer threads;

    @Option(names = {"-r", "--refs"}, paramLabel = "DIR", defaultValue = "reference-data",
            description = "Reference tables (default: ${DEFAULT-VALUE}).")
    Path refs;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep corpora, caches, reports and logs here (default: a temporary folder, removed).")
    Path work;

    @Option(names = "--naive-jvm", paramLabel = "OPTIONS", defaultValue = "-Xmx2g",
            description = "JVM options of the baseline (default: ${DEFAULT-VALUE}); claimcheck's legs run with "
                    + "the options of this JVM, as the launcher sets them.")
    String naiveJvm;

    @Option(names = "--depparse", description = "Also time a cold check with CoreNLP's dependency parser on every "
            + "tagged sentence (what parsing would cost; no stage reads its output).")
    boolean depparse;

    @Option(names = "--prefilter-check", description = "Compare claims with and without the prefilter on PATHs.")
    boolean prefilterCheck;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Articles for --prefilter-check.")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (prefilterCheck) {
            return checkPrefilter(out);
        }
        if (!paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "paths are only read with --prefilter-check");
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("claimcheck-bench") : work;
        try {
            List<String> naive = Arrays.stream(naiveJvm.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
            new Bench(new Bench.Options(articles, baselineArticles == null ? articles : baselineArticles, scaling,
                    seed, threads == null ? Runs.defaultThreads() : threads, refs, dir, Bench.currentJvmFlags(),
                    naive, depparse), out).run();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } finally {
            if (temporary) {
                Bench.deleteTree(dir);
            }
        }
        return ExitCode.OK.code();
    }

    private int checkPrefilter(PrintWriter out) {
        if (paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--prefilter-check needs the articles to compare on");
        }
        Discovery discovery = Runs.discover(InputSpec.of(paths.toArray(String[]::new)));
        List<Article> articles = new ArrayList<>();
        for (InputFile input : discovery.files()) {
            articles.addAll(Ingest.read(input, InputSpec.DEFAULT_MAX_BYTES).articles());
        }
        PrefilterCheck.Result r = new PrefilterCheck(new CoreNlpAnnotator(NlpSettings.LEAN),
                new CoreNlpAnnotator(NlpSettings.LEAN.withoutPrefilter())).run(articles);
        out.printf("%d articles, %d sentences, %d skipped by the prefilter (%.1f %%); %d claims without it%n",
                r.articles(), r.sentences(), r.skippedSentences(), 100.0 * r.skippedSentences()
                        / Math.max(1, r.sentences()), r.claims());
        out.printf("skipped sentences held %d references to the present, past or future (\"now\", \"once\"), "
                + "which are never claims%n", r.skippedReferences());
        r.mentionDifferences().forEach(d -> out.println("mention: " + d));
        r.claimDifferences().forEach(d -> out.println("claim: " + d));
        out.println(r.sameClaims() ? "identical claims with and without the prefilter"
                : r.claimDifferences().size() + " claims differ: the prefilter must be widened");
        out.flush();
        return r.sameClaims() ? ExitCode.OK.code() : ExitCode.INTERNAL_ERROR.code();
    }
}
