package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad front matter costs an article its metadata, not its check. */
class BadMetadataTest {

    @TempDir
    Path dir;

    @Test
    void checksAnArticleWithBadFrontMatterAndReportsTheProblemAtItsLineAndColumn() throws Exception {
        Path file = dir.resolve("treaty.md");
        Files.writeString(file, "---\ntitle: The treaty\ndate: 16/07/2001\n---\nThe treaty was signed in 2001.\n");
        List<String> analysed = new java.util.ArrayList<>();
        Checker checker = new Checker(article -> {
            analysed.add(article.meta().title() + ": " + article.text());
            return new AnnotatedArticle(article, List.of());
        }, (article, claims) -> List.of(), 1, "test");

        List<ArticleResult> results = checker.process(InputFile.of(file, "treaty.md"), InputSpec.DEFAULT_MAX_BYTES);

        assertThat(analysed).containsExactly("The treaty: The treaty was signed in 2001.");
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ArticleStatus.CHECKED);
            assertThat(r.meta().title()).isEqualTo("The treaty");
            assertThat(r.meta().findPublished()).isEmpty();
            assertThat(r.problems()).extracting(Problem::toString).singleElement().asString()
                    .startsWith("treaty.md:3:7: error: invalid date \"16/07/2001\"");
        });
    }
}
