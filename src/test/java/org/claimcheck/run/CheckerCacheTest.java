package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.AnnotationCache;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.CachingAnnotator;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.result.RunResult;
import org.claimcheck.text.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerCacheTest {

    @TempDir
    Path dir;

    private final AtomicInteger annotated = new AtomicInteger();

    /** One sentence per line, no tokens: enough for the cache, no models needed. */
    private final ArticleAnnotator lines = article -> {
        annotated.incrementAndGet();
        String text = article.text();
        List<Sentence> sentences = new java.util.ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), new Span(start, start + line.length()), line, List.of(),
                        List.of()));
            }
            start += line.length() + 1;
        }
        return new AnnotatedArticle(article, sentences);
    };

    private RunResult run() throws InterruptedException {
        return run((a, c) -> List.of());
    }

    private RunResult run(ClaimJudge judge) throws InterruptedException {
        AnnotationCache cache = new AnnotationCache(dir.resolve("cache"), NlpSettings.LEAN, "test");
        Checker checker = new Checker(new CachingAnnotator(cache, () -> lines), judge, 2, "test");
        return checker.run(Ingest.discover(InputSpec.of(dir.resolve("corpus").toString()), () -> null),
                InputSpec.DEFAULT_MAX_BYTES, Progress.NONE);
    }

    @Test
    void annotatesOnlyNewOrChangedArticlesOnTheNextRun() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(corpus.resolve("a" + i + ".txt"), "Headline " + i + "\nBody of article " + i + ".\n");
        }
        RunResult first = run();
        assertThat(annotated).hasValue(6);

        RunResult second = run();
        assertThat(annotated).hasValue(6);
        assertThat(second).isEqualTo(first);

        Files.writeString(corpus.resolve("a2.txt"), "Headline 2\nThe body changed.\n");
        run();
        assertThat(annotated).hasValue(7);
    }

    @Test
    void judgesAgainFromTheCacheWhenOnlyTheJudgeChanges() throws IOException, InterruptedException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Headline\nBody.\n");
        run();
        AtomicInteger judged = new AtomicInteger();
        run((article, claims) -> {
            judged.incrementAndGet();
            return List.of();
        });
        assertThat(judged).hasValue(1);
        assertThat(annotated).hasValue(1);
    }
}
