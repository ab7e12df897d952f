package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.lines;
import static org.claimcheck.ingest.SourceChecks.onlyArticle;
import static org.claimcheck.ingest.SourceChecks.problemBesideArticle;
import static org.claimcheck.ingest.SourceChecks.readFixture;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    @TempDir
    Path dir;

    @Test
    void takesTheFirstLineAsTitleWhenItHasNoFinalPeriod() {
        Article article = onlyArticle(readFixture("energy-axis.txt"));

        assertThat(article.meta().title()).isEqualTo("Pipelines and Partnerships: Russia and China since 2001");
        assertThat(article.meta().published()).isNull();
        assertThat(article.id()).isEqualTo("energy-axis.txt");
        assertThat(article.path()).isEqualTo("energy-axis.txt");
    }

    @Test
    void hasNoTitleWhenTheFirstLineIsASentence() throws IOException {
        Article article = onlyArticle(readString(dir, "plain.txt", "Trade rose in 2021.\nIt fell in 2022.\n"));

        assertThat(article.meta().findTitle()).isEmpty();
    }

    @Test
    void readsAHeaderBlockAsMetadataAndLeavesItOutOfTheText() throws IOException {
        String source = "Title: The treaty at twenty\nDate: 2021-07-16\nURL: https://example.org/t\nTest: true\n\n"
                + "Moscow and Beijing signed the treaty in 2001.\n";

        Article article = onlyArticle(readString(dir, "header.txt", source));

        assertThat(article.meta()).isEqualTo(new ArticleMeta("The treaty at twenty", LocalDate.of(2021, 7, 16),
                "https://example.org/t", true));
        assertThat(article.text()).isEqualTo("Moscow and Beijing signed the treaty in 2001.");
        assertThat(article.locate(article.text().indexOf("2001"))).isEqualTo(new Position(6, 41));
    }

    @Test
    void treatsHeaderLikeLinesWithoutABlankLineAfterThemAsText() throws IOException {
        String source = "Date: 2021-07-16 was the twentieth anniversary\nMoscow and Beijing marked it in 2021.\n";

        Article article = onlyArticle(readString(dir, "noheader.txt", source));

        assertThat(article.meta().findPublished()).isEmpty();
        assertThat(lines(article)).hasSize(2).first().asString().startsWith("Date: 2021-07-16");
    }

    @Test
    void reportsAnUnparsableHeaderDateAtItsValue() throws IOException {
        String source = "Title: Treaty\nDate: 16 July 2021\n\nText of 2001.\n";

        ReadResult result = readString(dir, "baddate.txt", source);
        Problem problem = problemBesideArticle(result);

        assertThat(result.articles().get(0).meta().title()).isEqualTo("Treaty");
        assertThat(result.articles().get(0).text()).isEqualTo("Text of 2001.");
        assertThat(problem.position()).isEqualTo(new Position(2, 7));
        assertThat(problem.message()).startsWith("invalid date \"16 July 2021\": expected a date as yyyy-MM-dd");
    }
}
