package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.result.StoredArticles;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultStoreTest {

    @TempDir
    Path dir;

    private List<ArticleResult> results() throws IOException {
        SampleFindings sample = SampleFindings.write(dir);
        List<ArticleResult> results = new ArrayList<>();
        results.add(new ArticleResult(sample.article().id(), sample.article().path(), sample.article().meta(),
                ArticleStatus.CHECKED, sample.article().text(), sample.findings(),
                List.of(Problem.warning("bad-line", "feed.jsonl", new Position(3, 7), "skipped a line"))));
        results.add(new ArticleResult("b.md", "b.md", new ArticleMeta(null, LocalDate.of(2020, 2, 29),
                "https://example.org/b", true), ArticleStatus.CHECKED, "No claims here.", List.of(), List.of()));
        results.add(new ArticleResult("a.html", "a.html", ArticleMeta.NONE, ArticleStatus.FAILED, "", List.of(),
                List.of(Problem.error("invalid-utf8", "a.html", null, "not UTF-8"))));
        return results;
    }

    @Test
    void keepsResultsInMemoryWithinTheBudget() throws IOException {
        ResultStore store = new ResultStore(Long.MAX_VALUE);
        results().forEach(store::add);
        assertThat(store.spilled()).isFalse();
        // The sample article's id is its absolute path, so it sorts first.
        assertThat(store.sortedById()).isNotInstanceOf(StoredArticles.class)
                .extracting(ArticleResult::id).containsExactly(dir.resolve("trade.txt").toString(), "a.html", "b.md");
    }

    @Test
    void beyondTheBudgetReadsEveryResultBackUnchangedInIdOrder() throws Exception {
        List<ArticleResult> expected = results();
        ResultStore store = new ResultStore(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int copy = 0; copy < 30; copy++) {
            for (ArticleResult r : expected) {
                pool.submit(() -> store.add(r));
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(store.spilled()).isTrue();

        List<ArticleResult> stored = store.sortedById();
        assertThat(stored).isInstanceOf(StoredArticles.class).hasSize(90);
        assertThat(stored.subList(0, 30)).containsOnly(expected.get(0));
        assertThat(stored.subList(30, 60)).containsOnly(expected.get(2));
        assertThat(stored.subList(60, 90)).containsOnly(expected.get(1));
        // The run keeps the stored list as it is rather than reading it all into memory.
        RunResult run = new RunResult("test", stored, List.of());
        assertThat(run.articles()).isSameAs(stored);
        assertThat(run.findingCount()).isEqualTo(30 * expected.get(0).findings().size());
    }
}
