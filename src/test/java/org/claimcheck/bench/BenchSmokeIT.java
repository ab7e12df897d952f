package org.claimcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole benchmark on a tiny corpus, every leg in its own JVM with the real models. It asserts what the
 * legs did, never how fast: timings on a shared machine prove nothing.
 */
class BenchSmokeIT {

    @TempDir
    Path work;

    @Test
    void runsEveryLegAndPrintsItsFigures() throws Exception {
        StringWriter text = new StringWriter();
        Bench.Options options = new Bench.Options(4, 2, List.of(), 1, 2, Path.of("reference-data"), work,
                Bench.currentJvmFlags(), List.of("-Xmx2g"), false);

        List<Bench.Leg> legs = new Bench(options, new PrintWriter(text)).run();

        assertThat(legs).extracting(Bench.Leg::name).containsExactly("naive", "claimcheck", "cached");
        LegResult naive = legs.get(0).result();
        LegResult cold = legs.get(1).result();
        LegResult cached = legs.get(2).result();
        assertThat(naive.articles()).isEqualTo(2);
        assertThat(naive.taggedSentences()).isEqualTo(naive.sentences()).isPositive();
        assertThat(cold.articles()).isEqualTo(4);
        assertThat(cold.claims()).isPositive();
        assertThat(cold.taggedSentences()).isPositive().isLessThan(cold.sentences());
        assertThat(cached.claims()).isEqualTo(cold.claims());
        assertThat(cached.cacheHits()).isEqualTo(4);
        assertThat(cached.loadMillis()).as("models never loaded on an all-cached run").isZero();
        assertThat(cached.sentences()).isZero();
        assertThat(legs).allSatisfy(l -> assertThat(l.wallMillis()).isPositive());
        assertThat(text.toString()).contains("articles/s", "tokens/s", "sentences/s", "peak RSS", "speed-up",
                "prefilter:");
    }
}
