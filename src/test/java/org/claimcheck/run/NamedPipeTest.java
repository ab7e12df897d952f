package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.problem.Problem;
import org.claimcheck.problem.Severity;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A named pipe among the inputs is skipped with a problem instead of blocking the run on a read. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NamedPipeTest {

    @TempDir
    Path dir;

    @Test
    void skipsANamedPipeInAnInputFolderAndFinishesTheRun() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Trade rose in 2021.\n");
        mkfifo(articles.resolve("pipe.md"));

        Discovery discovery = Ingest.discover(InputSpec.of(articles.toString()), () -> {
            throw new AssertionError("standard input must not be read");
        });
        RunResult result = new Checker(article -> new AnnotatedArticle(article, List.of()),
                (article, claims) -> List.of(), 2, "test").run(discovery, InputSpec.DEFAULT_MAX_BYTES, Progress.NONE);

        assertThat(result.articles()).extracting(ArticleResult::path, ArticleResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(articles + "/a.txt", ArticleStatus.CHECKED));
        assertThat(result.allProblems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-a-regular-file");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.toString()).isEqualTo(articles + "/pipe.md: warning: not a regular file (a named pipe,"
                    + " device or socket): expected a file with article text (skipped)");
        });
    }

    @Test
    void reportsANamedPipeNamedOnTheCommandLineAsAnError() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        mkfifo(pipe);

        Discovery discovery = Ingest.discover(InputSpec.of(pipe.toString()), () -> {
            throw new AssertionError("standard input must not be read");
        });

        assertThat(discovery.files()).isEmpty();
        assertThat(discovery.problems()).extracting(Problem::code, Problem::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("not-a-regular-file", Severity.ERROR));
    }

    @Test
    void neverOpensANamedPipeThatReachesTheChecker() throws Exception {
        Path pipe = dir.resolve("late.md");
        mkfifo(pipe);
        Checker checker = new Checker(article -> new AnnotatedArticle(article, List.of()),
                (article, claims) -> List.of(), 1, "test", new FindingsCache(dir.resolve("cache"), "refs", "build"));

        List<ArticleResult> results = checker.process(InputFile.of(pipe, "late.md"), InputSpec.DEFAULT_MAX_BYTES);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ArticleStatus.FAILED);
            assertThat(r.problems()).extracting(Problem::code).containsExactly("not-a-regular-file");
        });
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
        assertThat(Files.isRegularFile(path)).isFalse();
    }
}
