package org.claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.claimcheck.gate.Baseline;
import org.claimcheck.gate.FailOn;
import org.claimcheck.gate.Gate;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.AnnotationCache;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CachingAnnotator;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.Reports;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.FindingsCache;
import org.claimcheck.run.Progress;
import org.claimcheck.verify.Verifier;

/**
 * One leg of the benchmark, run in a JVM of its own so its peak memory is its own: the stages of
 * {@code claimcheck check} (tables, ingest, NLP, extraction, verification, every report, the gate) with a
 * chosen NLP configuration, thread count and cache. Prints one line, {@code LEG <json>}, on standard output.
 *
 * <p>Arguments: {@code lean|depparse|naive THREADS CACHE_DIR|- REFS_DIR OUTPUT_DIR CORPUS_DIR}.
 */
public final class BenchLeg {

    static final String PREFIX = "LEG ";

    private BenchLeg() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException("expected: lean|depparse|naive THREADS CACHE_DIR|- REFS_DIR OUTPUT_DIR CORPUS");
        }
        NlpSettings settings = switch (args[0]) {
            case "lean" -> NlpSettings.LEAN;
            case "depparse" -> NlpSettings.LEAN.withDependencies();
            case "naive" -> NlpSettings.DEFAULT;
            default -> throw new IllegalArgumentException("unknown configuration " + args[0]);
        };
        LegResult result = run(settings, Integer.parseInt(args[1]), args[2].equals("-") ? null : Path.of(args[2]),
                Path.of(args[3]), Path.of(args[4]), Path.of(args[5]));
        System.out.println(PREFIX + new ObjectMapper().writeValueAsString(result));
    }

    static LegResult run(NlpSettings settings, int threads, Path cacheDir, Path refs, Path output, Path corpus)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        CoreNlpAnnotator nlp = new CoreNlpAnnotator(settings);
        // As `claimcheck check` does: a cold leg (no cache folder yet) loads the models while the tables are read.
        boolean preload = AnnotationCache.preloadModels(cacheDir);
        AnnotationCache cache = cacheDir == null ? null : new AnnotationCache(cacheDir, settings, "bench");
        if (preload) {
            Thread loader = new Thread(nlp::warmUp, "bench-nlp-loader");
            loader.setDaemon(true);
            loader.start();
        }
        ArticleAnnotator annotator = cache == null ? nlp : new CachingAnnotator(cache, () -> nlp);
        LoadResult tables = ReferenceLoader.load(refs);
        if (!tables.isValid()) {
            throw new IllegalStateException("the reference tables in " + refs + " are invalid");
        }
        InputSpec spec = InputSpec.of(corpus.toString());
        Discovery discovery = Ingest.discover(spec, () -> null);
        FindingsCache findings = cacheDir == null ? null : new FindingsCache(cacheDir, tables.fingerprint(), "bench");
        Checker checker = new Checker(annotator, new Verifier(tables.index())::verify, threads, "bench", findings);
        RunResult result = checker.run(discovery, spec.maxBytes(), Progress.NONE);
        Set<ReportFormat> files = EnumSet.noneOf(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) {
            if (!f.printsToStream()) {
                files.add(f);
            }
        }
        Reports.writeAll(result, output, files);
        Reports.write(result, ReportFormat.TEXT, Writer.nullWriter());
        new Gate(FailOn.CONTRADICTED, Baseline.EMPTY).failures(result);
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        var stats = nlp.stats();
        return new LegResult(result.articles().size(), result.findingCount(), stats.sentences(),
                stats.taggedSentences(), stats.tokens(), stats.taggedTokens(), stats.nameTaggedSentences(), stats.loadMillis(), runMillis,
                ManagementFactory.getRuntimeMXBean().getUptime(), cpuMillis(), gcMillis(), peakRssKb(),
                cache == null ? 0 : cache.stats().hits() + findings.answeredArticles());
    }

    private static long cpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** VmHWM from /proc/self/status: the most resident memory the process ever had, in kB. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the figure is reported as unknown
        }
        return -1;
    }
}
