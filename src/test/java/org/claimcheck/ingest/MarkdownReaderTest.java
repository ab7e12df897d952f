package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.fixtureText;
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

class MarkdownReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsFrontMatterWithAnIsoDateTime() {
        Article article = onlyArticle(readFixture("power-of-siberia.md"));

        assertThat(article.meta()).isEqualTo(new ArticleMeta("The Power of Siberia at five", LocalDate.of(2024, 12, 2),
                "https://example.org/power-of-siberia", false));
    }

    @Test
    void removesMarkdownSyntaxAndKeepsOneBlockPerLine() {
        Article article = onlyArticle(readFixture("power-of-siberia.md"));

        assertThat(lines(article)).containsExactly(
                "The Power of Siberia at five",
                "The Power of Siberia pipeline began operations in December 2019, five years after Gazprom and CNPC"
                        + " signed a $400 billion supply contract.",
                "Capacity",
                "Deliveries reached 38 billion cubic metres in 2024, the design capacity of the line.",
                "Trade: bilateral trade hit a record $147 billion in 2021.",
                "Shanghai Cooperation Organisation founded in 2001",
                "Vostok 2018 exercise",
                "II. The Energy Axis",
                "Gas exports to China rose by a further 10% in 2023 & 2024, says the ministry's snake_case_report.",
                "Year ; Volume",
                "2020 ; 4.1 bcm");
    }

    @Test
    void mapsEveryTextCharacterToTheSourceCharacterItCameFrom() {
        Article article = onlyArticle(readFixture("power-of-siberia.md"));

        SourceChecks.assertEveryCharacterMapsToItself(article, fixtureText("power-of-siberia.md"));
        assertThat(article.locate(article.text().indexOf("December 2019"))).isEqualTo(new Position(14, 1));
        assertThat(article.locate(article.text().indexOf("$400 billion"))).isEqualTo(new Position(15, 2));
        assertThat(article.locate(article.text().indexOf("38 billion"))).isEqualTo(new Position(23, 23));
    }

    @Test
    void takesTheFirstHeadingAsTitleWithoutFrontMatter() throws IOException {
        Article article = onlyArticle(readString(dir, "plain.md", "Intro text.\n\n## The *Energy* Axis\n\nBody.\n"));

        assertThat(article.meta()).isEqualTo(new ArticleMeta("The Energy Axis", null, null, false));
        assertThat(lines(article)).containsExactly("Intro text.", "The Energy Axis", "Body.");
    }

    @Test
    void turnsASetextHeadingIntoAHeadingLine() throws IOException {
        Article article = onlyArticle(readString(dir, "setext.md", "Origins\n=======\nThe group formed in 1996.\n"));

        assertThat(lines(article)).containsExactly("Origins", "The group formed in 1996.");
    }

    @Test
    void keepsLiteralAsterisksThatDoNotPairAndUnderscoresInsideWords() throws IOException {
        String source = "Output rose 5 * 3 times; see note*.\nThe file trade_2021_final.csv and *2019* data.\n";

        Article article = onlyArticle(readString(dir, "stars.md", source));

        assertThat(lines(article)).containsExactly("Output rose 5 * 3 times; see note*.",
                "The file trade_2021_final.csv and 2019 data.");
    }

    @Test
    void keepsLinkTextAcrossALineBreakAndDropsReferenceDefinitions() throws IOException {
        String source = "The [Power of\nSiberia][pos] opened in 2019.\n\n[pos]: https://example.org/pos\n";

        Article article = onlyArticle(readString(dir, "refs.md", source));

        assertThat(article.text()).isEqualTo("The Power of Siberia opened in 2019.");
        SourceChecks.assertEveryCharacterMapsToItself(article, source);
    }

    @Test
    void reportsUnterminatedFrontMatterAtItsFirstLineAndReadsItUpToTheFirstBlankLine() throws IOException {
        ReadResult result = readString(dir, "open.md", "---\ntitle: Treaty\n\nText of 2001.\n");
        Problem problem = problemBesideArticle(result);

        assertThat(problem.toString()).isEqualTo("open.md:1:1: error: front matter opened with --- is never closed:"
                + " expected a line --- after the key: value lines (read up to the first blank line)");
        Article article = result.articles().get(0);
        assertThat(article.meta().title()).isEqualTo("Treaty");
        assertThat(article.text()).isEqualTo("Text of 2001.");
    }

    @Test
    void unterminatedFrontMatterWithoutABlankLineLeavesNoText() throws IOException {
        ReadResult result = readString(dir, "open.md", "---\ntitle: Treaty\ndate: 2021-07-16\n");

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code).containsExactly("invalid-front-matter", "no-text");
    }

    @Test
    void reportsAFrontMatterLineThatIsNotKeyValueAndKeepsTheOtherFields() throws IOException {
        ReadResult result = readString(dir, "kv.md", "---\ntitle: Treaty\nthis is prose\ndate: 2021-07-16\n---\nText.\n");
        Problem problem = problemBesideArticle(result);

        assertThat(problem.position()).isEqualTo(new Position(3, 1));
        assertThat(problem.message()).isEqualTo("front matter line \"this is prose\" is not a field: expected key: value");
        Article article = result.articles().get(0);
        assertThat(article.meta().title()).isEqualTo("Treaty");
        assertThat(article.meta().published()).isEqualTo(java.time.LocalDate.of(2021, 7, 16));
        assertThat(article.text()).isEqualTo("Text.");
    }

    @Test
    void reportsAnUnparsableFrontMatterDateAtItsValueAndChecksTheArticleWithoutIt() throws IOException {
        ReadResult result = readString(dir, "date.md", "---\ntitle: Treaty\ndate:   2021/07/16\n---\nText.\n");
        Problem problem = problemBesideArticle(result);

        assertThat(problem.position()).isEqualTo(new Position(3, 9));
        assertThat(problem.message()).contains("invalid date \"2021/07/16\"");
        assertThat(result.articles().get(0).meta().title()).isEqualTo("Treaty");
        assertThat(result.articles().get(0).meta().findPublished()).isEmpty();
    }

    @Test
    void reportsATestFlagThatIsNotABoolean() throws IOException {
        Problem problem = problemBesideArticle(readString(dir, "flag.md", "---\ntest: maybe\n---\nText.\n"));

        assertThat(problem.position()).isEqualTo(new Position(2, 7));
        assertThat(problem.message()).isEqualTo("invalid test flag \"maybe\": expected true or false");
    }

    @Test
    void marksATestArticleFromItsFrontMatter() throws IOException {
        Article article = onlyArticle(readString(dir, "test.md", "---\ntest: true\ndate: '2022-06-15'\n---\nText.\n"));

        assertThat(article.meta().testArticle()).isTrue();
        assertThat(article.meta().published()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(article.locate(0)).isEqualTo(new Position(5, 1));
    }
}
