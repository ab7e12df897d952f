package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerCancellationTest {

    @TempDir
    Path dir;

    private Discovery inputs(int n) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = dir.resolve(String.format("a%02d.txt", i));
            Files.writeString(f, "Article " + i + "\nNothing to see.\n");
            files.add(InputFile.of(f, f.getFileName().toString()));
        }
        return new Discovery(files, List.of());
    }

    private static Checker checker(ArticleAnnotator annotator, int threads) {
        return new Checker(annotator, (article, claims) -> List.of(), threads, "test");
    }

    private static ArticleAnnotator empty() {
        return article -> new AnnotatedArticle(article, List.of());
    }

    @Test
    void stopsStartingInputsOnceCancelledAndSaysHowManyWereLeftOut() throws Exception {
        Cancellation cancellation = new Cancellation();
        AtomicInteger seen = new AtomicInteger();
        ArticleAnnotator cancelsAfterThree = article -> {
            if (seen.incrementAndGet() == 3) {
                cancellation.cancel();
            }
            return new AnnotatedArticle(article, List.of());
        };
        RunResult result = checker(cancelsAfterThree, 1).run(inputs(10), InputSpec.DEFAULT_MAX_BYTES, Progress.NONE,
                cancellation);

        assertThat(result.articles()).hasSize(3).allMatch(a -> a.status() == ArticleStatus.CHECKED);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Checker.INTERRUPTED);
            assertThat(p.isError()).isTrue();
            assertThat(p.path()).isEqualTo("a03.txt");
            assertThat(p.message()).contains("7 of 10 inputs").contains("this input and 6 others");
        });
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void abandonsAnInputThatRunsPastItsBudgetAndReportsTheRestOfTheBatch() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ArticleAnnotator hangsOnTheFirst = article -> {
            if (article.text().startsWith("Article 0")) {
                try {
                    release.await(); // a runaway article, as a pathological text can make CoreNLP
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new AnnotatedArticle(article, List.of());
        };
        try {
            // One worker: the abandoned one must be replaced, or nothing after the runaway would run.
            RunResult result = checker(hangsOnTheFirst, 1).withInputBudget(java.time.Duration.ofMillis(300))
                    .run(inputs(3), InputSpec.DEFAULT_MAX_BYTES, Progress.NONE);

            assertThat(result.articles()).extracting(ArticleResult::id).containsExactly("a01.txt", "a02.txt");
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(Checker.TIMED_OUT);
                assertThat(p.path()).isEqualTo("a00.txt");
                assertThat(p.isError()).isTrue();
            });
        } finally {
            release.countDown();
        }
    }

    @Test
    void leavesOutAnInputStillRunningAFewSecondsAfterTheRunIsCancelled() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Cancellation cancellation = new Cancellation();
        ArticleAnnotator hangsOnTheFirst = article -> {
            if (article.text().startsWith("Article 0")) {
                cancellation.cancel(); // as a SIGTERM would, while this input never finishes
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new AnnotatedArticle(article, List.of());
        };
        try {
            RunResult result = checker(hangsOnTheFirst, 1).run(inputs(2), InputSpec.DEFAULT_MAX_BYTES,
                    Progress.NONE, cancellation);

            assertThat(result.articles()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(Checker.INTERRUPTED);
                assertThat(p.message()).contains("2 of 2 inputs");
            });
        } finally {
            release.countDown();
        }
    }

    @Test
    void reportsEveryInputAsLeftOutWhenCancelledBeforeStarting() throws Exception {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        RunResult result = checker(empty(), 2).run(inputs(4), InputSpec.DEFAULT_MAX_BYTES, Progress.NONE,
                cancellation);
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message)
                .containsExactly("the run was interrupted: this input and 3 others were not processed (4 of 4 inputs)");
    }

    @Test
    void finishesTheArticlesInProgressWhenCancelled() throws Exception {
        Cancellation cancellation = new Cancellation();
        AtomicInteger finished = new AtomicInteger();
        ArticleAnnotator slow = article -> {
            cancellation.cancel();
            sleep(50);
            finished.incrementAndGet();
            return new AnnotatedArticle(article, List.of());
        };
        RunResult result = checker(slow, 2).run(inputs(8), InputSpec.DEFAULT_MAX_BYTES, Progress.NONE, cancellation);
        assertThat(result.articles()).hasSize(finished.get()).extracting(ArticleResult::status)
                .containsOnly(ArticleStatus.CHECKED);
        assertThat(result.articles().size()).isBetween(1, 2);
        assertThat(result.problems().get(0).message()).contains((8 - finished.get()) + " of 8 inputs");
    }

    @Test
    void reportsNoInterruptionWhenNothingWasCancelled() throws Exception {
        RunResult result = checker(empty(), 2).run(inputs(5), InputSpec.DEFAULT_MAX_BYTES, Progress.NONE,
                new Cancellation());
        assertThat(result.articles()).hasSize(5);
        assertThat(result.problems()).isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
