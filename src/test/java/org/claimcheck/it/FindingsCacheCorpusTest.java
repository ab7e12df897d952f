package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.FindingsCache;
import org.claimcheck.run.Progress;
import org.claimcheck.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The findings cache with the real models on the sample corpus and the evaluation articles (every kind of
 * value, verdict and evidence): a second run answers every article from the cache, without annotating, and
 * gives exactly the result of the first; other tables miss the cache.
 */
class FindingsCacheCorpusTest {

    @TempDir
    Path dir;

    private static final ArticleAnnotator NEVER = article -> {
        throw new AssertionError("annotated " + article.id() + " although its findings were cached");
    };

    @Test
    void aSecondRunReadsEveryFindingBackUnchanged() throws Exception {
        for (String corpus : new String[] {"corpus", "eval/articles"}) {
            LoadResult refs = ReferenceLoader.load(Path.of(corpus.equals("corpus") ? "reference-data"
                    : "eval/reference-data"));
            assertThat(refs.isValid()).isTrue();
            FindingsCache cache = new FindingsCache(dir.resolve(corpus), refs.fingerprint(), "test");
            RunResult first = run(SharedNlp.annotator(), refs, cache, corpus);
            assertThat(first.findings()).hasSizeGreaterThan(20);
            assertThat(cache.hits()).isZero();

            FindingsCache again = new FindingsCache(dir.resolve(corpus), refs.fingerprint(), "test");
            RunResult second = run(NEVER, refs, again, corpus);
            assertThat(second).isEqualTo(first);
            assertThat(again.hits()).isEqualTo(first.articles().size());
        }
    }

    @Test
    void otherTablesOrADamagedEntryMissTheCache() throws Exception {
        LoadResult refs = ReferenceLoader.load(Path.of("reference-data"));
        FindingsCache cache = new FindingsCache(dir, refs.fingerprint(), "test");
        RunResult first = run(SharedNlp.annotator(), refs, cache, "corpus");

        FindingsCache otherTables = new FindingsCache(dir, "another fingerprint", "test");
        run(SharedNlp.annotator(), refs, otherTables, "corpus");
        assertThat(otherTables.hits()).isZero();
        assertThat(otherTables.misses()).isEqualTo(first.articles().size());

        Path entry;
        try (Stream<Path> files = Files.walk(dir)) {
            entry = files.filter(p -> p.toString().endsWith(".fnd")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(entry, bytes);
        FindingsCache damaged = new FindingsCache(dir, refs.fingerprint(), "test");
        RunResult rebuilt = run(SharedNlp.annotator(), refs, damaged, "corpus");
        assertThat(damaged.rejected()).isEqualTo(1);
        assertThat(rebuilt).isEqualTo(first);
        FindingsCache repaired = new FindingsCache(dir, refs.fingerprint(), "test");
        run(NEVER, refs, repaired, "corpus");
        assertThat(repaired.hits()).isEqualTo(first.articles().size());
    }

    private static RunResult run(ArticleAnnotator annotator, LoadResult refs, FindingsCache cache, String corpus)
            throws InterruptedException, IOException {
        Checker checker = new Checker(annotator, new Verifier(refs.index())::verify, 2, "test", cache);
        return checker.run(Ingest.discover(InputSpec.of(corpus), () -> null), InputSpec.DEFAULT_MAX_BYTES,
                Progress.NONE);
    }
}
