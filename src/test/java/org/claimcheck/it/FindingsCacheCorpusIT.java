package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * value, verdict and evidence): a second run answers every input file from the cache, without reading or
 * annotating it, and gives exactly the result of the first; an edited file is read again and its unchanged
 * articles answered one by one; other tables miss the cache; damaged entries are rebuilt.
 */
class FindingsCacheCorpusIT {

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
            assertThat(again.inputHits()).isEqualTo(inputFiles(corpus));
        }
    }

    @Test
    void anEditedFileIsReadAgainAndItsUnchangedArticlesComeFromTheCache() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("copy"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        LoadResult refs = ReferenceLoader.load(Path.of("reference-data"));
        FindingsCache cache = new FindingsCache(dir.resolve("cache"), refs.fingerprint(), "test");
        RunResult first = run(SharedNlp.annotator(), refs, cache, corpus.toString());
        Path jsonl;
        try (Stream<Path> files = Files.list(corpus)) {
            jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow();
        }
        // A trailing blank line changes the file's bytes but none of its articles.
        Files.writeString(jsonl, Files.readString(jsonl) + "\n");
        FindingsCache again = new FindingsCache(dir.resolve("cache"), refs.fingerprint(), "test");
        RunResult second = run(NEVER, refs, again, corpus.toString());
        assertThat(second).isEqualTo(first);
        assertThat(again.inputHits()).isEqualTo(inputFiles(corpus.toString()) - 1);
        assertThat(again.hits()).isEqualTo(first.articles().stream().filter(a -> a.path().equals(jsonl.toString()))
                .count());
    }

    private static long inputFiles(String corpus) {
        return Ingest.discover(InputSpec.of(corpus), () -> null).files().size();
    }

    @Test
    void otherTablesOrADamagedEntryMissTheCache() throws Exception {
        LoadResult refs = ReferenceLoader.load(Path.of("reference-data"));
        FindingsCache cache = new FindingsCache(dir, refs.fingerprint(), "test");
        RunResult first = run(SharedNlp.annotator(), refs, cache, "corpus");

        FindingsCache otherTables = new FindingsCache(dir, "another fingerprint", "test");
        run(SharedNlp.annotator(), refs, otherTables, "corpus");
        assertThat(otherTables.hits()).isZero();
        assertThat(otherTables.misses()).isEqualTo(inputFiles("corpus") + first.articles().size());

        List<Path> entries;
        try (Stream<Path> files = Files.walk(dir)) {
            entries = files.filter(p -> p.toString().endsWith(".inp") || p.toString().endsWith(".fnd")).toList();
        }
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(entry, bytes);
        }
        FindingsCache damaged = new FindingsCache(dir, refs.fingerprint(), "test");
        RunResult rebuilt = run(SharedNlp.annotator(), refs, damaged, "corpus");
        assertThat(damaged.rejected()).isEqualTo(inputFiles("corpus") + first.articles().size());
        assertThat(rebuilt).isEqualTo(first);
        FindingsCache repaired = new FindingsCache(dir, refs.fingerprint(), "test");
        run(NEVER, refs, repaired, "corpus");
        assertThat(repaired.inputHits()).isEqualTo(inputFiles("corpus"));
    }

    private static RunResult run(ArticleAnnotator annotator, LoadResult refs, FindingsCache cache, String corpus)
            throws InterruptedException, IOException {
        Checker checker = new Checker(annotator, new Verifier(refs.index())::verify, 2, "test", cache);
        return checker.run(Ingest.discover(InputSpec.of(corpus), () -> null), InputSpec.DEFAULT_MAX_BYTES,
                Progress.NONE);
    }
}
