package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.fixtureText;
import static org.claimcheck.ingest.SourceChecks.lines;
import static org.claimcheck.ingest.SourceChecks.onlyArticle;
import static org.claimcheck.ingest.SourceChecks.readFixture;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsMetadataPreferringOpenGraphTitleAndTheFirstValidDate() {
        Article article = onlyArticle(readFixture("treaty.html"));

        assertThat(article.meta()).isEqualTo(new ArticleMeta("The treaty at twenty: what Moscow and Beijing promised",
                LocalDate.of(2021, 7, 16), "https://news.example.org/treaty-at-twenty", true));
    }

    @Test
    void extractsOneLinePerBlockFromTheArticleOnly() {
        Article article = onlyArticle(readFixture("treaty.html"));

        assertThat(lines(article)).containsExactly(
                "The treaty at twenty",
                "By Desk Staff \u00B7 15 July 2021",
                "Moscow and Beijing signed the Treaty of Good-Neighbourliness on 16 July 2001, and the two capitals"
                        + " extended it in 2021.",
                "Trade & energy",
                "Bilateral trade reached a record $147 billion in 2021.",
                "The Power of Siberia pipeline began operations in 2019.",
                "It carries gas from Yakutia.",
                "Shanghai Cooperation Organisation: founded in 2001",
                "Vostok 2018 exercise",
                "Tariffs below 5% & quotas < 10 were agreed in 2024.");
    }

    @Test
    void leavesHostileAndHiddenContentOutOfTheText() {
        String text = onlyArticle(readFixture("treaty.html")).text();

        for (String year : new String[] {"1888", "1900", "1901", "1902", "1903", "1904", "1066", "1815", "2030",
            "1905", "1984", "1906", "1907", "1917", "1945", "1999", "1990"}) {
            assertThat(text).as("text from hidden or hostile markup").doesNotContain(year);
        }
        assertThat(text).doesNotContain("alert", "steal", "document.write", "onerror", "Home", "Copyright",
                "ALSO READ", "<p", "Share");
    }

    @Test
    void mapsTextOffsetsToTheSourceEvenAcrossEntities() {
        Article article = onlyArticle(readFixture("treaty.html"));
        String source = fixtureText("treaty.html");

        SourceChecks.assertEveryCharacterMapsToItself(article, source);
        assertThat(article.locate(article.text().indexOf("16 July 2001"))).isEqualTo(new Position(19, 71));
        assertThat(article.locate(article.text().indexOf("billion"))).isEqualTo(new Position(22, 65));
        assertThat(article.locate(article.text().indexOf("2024"))).isEqualTo(new Position(37, 66));
    }

    @Test
    void fallsBackToMainThenBodyAndToTitleThenFirstHeading() throws IOException {
        String withMain = "<html><head><title>Page title</title></head><body><p>Menu 1999</p>"
                + "<main><h1>Heading</h1><p>Trade rose in 2021.</p></main></body></html>";
        String bodyOnly = "<p>No head at all.</p><h1>First heading</h1><p>Trade rose in 2021.</p>";

        Article main = onlyArticle(readString(dir, "main.html", withMain));
        Article body = onlyArticle(readString(dir, "body.htm", bodyOnly));

        assertThat(lines(main)).containsExactly("Heading", "Trade rose in 2021.");
        assertThat(main.meta().title()).isEqualTo("Page title");
        assertThat(lines(body)).containsExactly("No head at all.", "First heading", "Trade rose in 2021.");
        assertThat(body.meta().title()).isEqualTo("First heading");
        assertThat(body.meta().findPublished()).isEmpty();
    }

    @Test
    void choosesTheArticleWithMostTextAndTakesItsTimeElement() throws IOException {
        String page = "<article><p>Teaser 1999.</p></article><article><time datetime=\"2022-06-15T10:00:00Z\">"
                + "June 15</time><p>The full story of trade in 2021, told at length.</p></article>";

        Article article = onlyArticle(readString(dir, "two.html", page));

        assertThat(lines(article)).containsExactly("June 15", "The full story of trade in 2021, told at length.");
        assertThat(article.meta().published()).isEqualTo(LocalDate.of(2022, 6, 15));
    }

    @Test
    void neverGluesAHeadingToTheParagraphAfterIt() throws IOException {
        String page = "<article><h2>Origins</h2><p>The group formed in 1996.</p><div><b>1. Trade</b><br>"
                + "Trade rose in 2021.</div></article>";

        Article article = onlyArticle(readString(dir, "glue.html", page));

        assertThat(lines(article)).containsExactly("Origins", "The group formed in 1996.", "1. Trade",
                "Trade rose in 2021.");
    }
}
