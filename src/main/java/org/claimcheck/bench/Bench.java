package org.claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark: generates a corpus, then checks it in child JVMs, side by side on the same machine — the naive
 * baseline (CoreNLP defaults, every sentence, one thread), claimcheck as configured (lean NER, prefilter, all
 * threads, a fresh cache), and claimcheck again over the now full cache — and prints throughput, peak memory,
 * the speed-up and the prefilter's share of skipped sentences. Optionally repeats the claimcheck legs for
 * several corpus sizes to show how time grows.
 */
public final class Bench {

    /**
     * @param articles size of the corpus all three legs check
     * @param baselineArticles size of the corpus the naive leg checks (≤ articles; the same text up to there)
     * @param scaling further corpus sizes for the claimcheck legs alone
     * @param work folder for corpora, caches, reports and child logs
     * @param leanFlags JVM options of the claimcheck legs (the launcher's)
     * @param naiveFlags JVM options of the naive leg
     * @param dependencies whether to add a cold leg with CoreNLP's dependency parser on every tagged sentence, to
     *     measure what parsing would cost
     */
    public record Options(int articles, int baselineArticles, List<Integer> scaling, long seed, int threads,
            Path refs, Path work, List<String> leanFlags, List<String> naiveFlags, boolean dependencies) {

        public Options {
            scaling = List.copyOf(scaling);
            leanFlags = List.copyOf(leanFlags);
            naiveFlags = List.copyOf(naiveFlags);
            if (articles < 1 || baselineArticles < 0 || baselineArticles > articles || threads < 1) {
                throw new IllegalArgumentException("need articles ≥ 1, 0 ≤ baseline articles ≤ articles, threads ≥ 1");
            }
        }
    }

    /** The JVM options the current process runs with that matter to speed and memory (-X..., -XX:...). */
    public static List<String> currentJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-X"))
                .toList();
    }

    private final Options options;
    private final PrintWriter out;

    public Bench(Options options, PrintWriter out) {
        this.options = options;
        this.out = out;
    }

    /** Runs every leg and prints the figures; returns them, naive leg first when there is one. */
    public List<Leg> run() throws IOException, InterruptedException {
        CorpusGenerator generator = new CorpusGenerator(options.seed());
        CorpusGenerator.Summary corpus = generator.generate(options.work().resolve("corpus-" + options.articles()),
                options.articles());
        out.printf("corpus: %d articles in %d files (%.1f MB), seed %d; %d threads; tables %s%n", corpus.articles(),
                corpus.files(), corpus.bytes() / 1e6, options.seed(), options.threads(), options.refs());
        List<Leg> legs = new ArrayList<>();
        if (options.baselineArticles() > 0) {
            Path baselineCorpus = options.baselineArticles() == options.articles() ? corpus.dir()
                    : generator.generate(options.work().resolve("corpus-" + options.baselineArticles()),
                            options.baselineArticles()).dir();
            legs.add(leg("naive", "naive", 1, null, baselineCorpus, options.naiveFlags()));
        }
        Path cache = emptied(options.work().resolve("cache-" + options.articles()));
        legs.add(leg("claimcheck", "lean", options.threads(), cache, corpus.dir(), options.leanFlags()));
        legs.add(leg("cached", "lean", options.threads(), cache, corpus.dir(), options.leanFlags()));
        if (options.dependencies()) {
            legs.add(leg("depparse", "depparse", options.threads(),
                    emptied(options.work().resolve("cache-depparse-" + options.articles())), corpus.dir(),
                    options.leanFlags()));
        }
        BenchTable.print(legs, out);
        for (int n : options.scaling()) {
            Path dir = generator.generate(options.work().resolve("corpus-" + n), n).dir();
            // A cache of its own, emptied first: the cold leg must not find the main legs' entries.
            Path scaleCache = emptied(options.work().resolve("cache-scaling-" + n));
            List<Leg> scale = List.of(leg("claimcheck", "lean", options.threads(), scaleCache, dir,
                    options.leanFlags()), leg("cached", "lean", options.threads(), scaleCache, dir,
                    options.leanFlags()));
            out.printf("%nscaling: %d articles%n", n);
            BenchTable.print(scale, out);
            legs.addAll(scale);
        }
        out.flush();
        return legs;
    }

    /** {@code dir} without anything in it, so a cold leg is cold even in a reused work folder. */
    private static Path emptied(Path dir) throws IOException {
        deleteTree(dir);
        return dir;
    }

    /** Deletes {@code dir} and everything below it; nothing happens when it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One leg as measured: its name, JVM options, the wall time of its process and what it reported. */
    public record Leg(String name, List<String> flags, long wallMillis, LegResult result) {
    }

    private Leg leg(String name, String nlp, int threads, Path cache, Path corpus, List<String> flags)
            throws IOException, InterruptedException {
        Path output = options.work().resolve("reports-" + name + "-" + corpus.getFileName());
        Path log = options.work().resolve("leg-" + name + "-" + corpus.getFileName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchLeg.class.getName(), nlp,
                Integer.toString(threads), cache == null ? "-" : cache.toString(), options.refs().toString(),
                output.toString(), corpus.toString()));
        Files.createDirectories(options.work());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        LegResult result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith(BenchLeg.PREFIX)) {
                    result = new ObjectMapper().readValue(line.substring(BenchLeg.PREFIX.length()), LegResult.class);
                }
            }
        }
        int exit = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0 || result == null) {
            throw new IllegalStateException("benchmark leg " + name + " failed (exit " + exit + "); see " + log);
        }
        return new Leg(name, flags, wall, result);
    }
}
