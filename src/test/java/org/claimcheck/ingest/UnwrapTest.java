package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.fixtureText;
import static org.claimcheck.ingest.SourceChecks.lines;
import static org.claimcheck.ingest.SourceChecks.onlyArticle;
import static org.claimcheck.ingest.SourceChecks.readFixture;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnwrapTest {

    /** One paragraph, heading or list item per line: what every layout of this article must come out as. */
    private static final List<String> ARTICLE = List.of(
            "Pipelines and Partnerships",
            "A. Counterbalancing Western Influence",
            "Moscow and Beijing signed the Treaty of Good-Neighbourliness and Friendly Cooperation on 16 July"
                    + " 2001, and both capitals still cite it as the foundation of a partnership that outlasted"
                    + " three American presidencies.",
            "Origins",
            "The Shanghai Five grouping was formed in 1996 by China, Kazakhstan, Kyrgyzstan, Russia and"
                    + " Tajikistan, and it became the Shanghai Cooperation Organisation in June 2001.",
            "History of the grouping",
            "Uzbekistan joined in 2001, India and Pakistan in June 2017, Iran in July 2023 and Belarus in 2024.",
            "Energy links between two neighbours",
            "The Power of Siberia pipeline began operations in December 2019 and is designed to carry 38 billion"
                    + " cubic metres of gas a year from fields in Yakutia to the Chinese border.",
            "II. The Energy Axis",
            "Gazprom and CNPC signed the supply contract in May 2014, after a decade of talks over price.",
            "- Pipeline exports reached 22.7 billion cubic metres in 2022.",
            "- Oil shipments rose by 24% in 2023, making Russia the largest supplier.",
            "1. Trade",
            "Bilateral trade reached a record $147 billion in 2021, according to Chinese customs data, and passed"
                    + " $240 billion in 2023.");

    @TempDir
    Path dir;

    @Test
    void keepsOneParagraphPerLineAndDropsTrailers() {
        Article article = onlyArticle(readFixture("energy-axis.txt"));

        assertThat(lines(article)).containsExactly(
                "Pipelines and Partnerships: Russia and China since 2001",
                "A. Counterbalancing Western Influence",
                "Moscow and Beijing signed the Treaty of Good-Neighbourliness and Friendly Cooperation on 16 July"
                        + " 2001, and both capitals still cite it as the foundation of their partnership.",
                "Origins",
                "The Shanghai Five grouping was formed in 1996 and became the Shanghai Cooperation Organisation in"
                        + " June 2001.",
                "II. The Energy Axis",
                "The Power of Siberia pipeline began operations in December 2019 and is designed to carry 38 billion"
                        + " cubic metres of gas a year.",
                "1. Trade",
                "Bilateral trade reached a record $147 billion in 2021, according to Chinese customs data.",
                "Analysts expect trade to exceed $200 billion by 2024.");
    }

    @Test
    void unwrapsAHardWrappedFileIntoTheSameLinesAsOneParagraphPerLine() {
        Article perLine = onlyArticle(readFixture("energy-axis.txt"));
        Article wrapped = onlyArticle(readFixture("energy-axis-wrapped.txt"));

        assertThat(wrapped.text()).isEqualTo(perLine.text());
        SourceChecks.assertEveryCharacterMapsToItself(wrapped, fixtureText("energy-axis-wrapped.txt"));
    }

    @ParameterizedTest(name = "width {0}, blank lines {1}")
    @CsvSource({"48, true", "48, false", "60, true", "60, false", "72, true", "72, false", "80, false"})
    void unwrapsGreedyWrappingAtAnyWidthWithoutGluingHeadings(int width, boolean blankLines) throws IOException {
        String source = layout(width, blankLines, new Random(0), 1.0);

        Article article = onlyArticle(readString(dir, "greedy.txt", source));

        assertThat(lines(article)).containsExactlyElementsOf(ARTICLE);
        SourceChecks.assertEveryCharacterMapsToItself(article, source);
    }

    @ParameterizedTest(name = "width {0}, seed {1}")
    @CsvSource({"60, 1", "60, 2", "72, 3", "72, 4", "80, 5"})
    void unwrapsBalancedWrappingThatBreaksLinesEarly(int width, long seed) throws IOException {
        String source = layout(width, false, new Random(seed), 0.85);

        Article article = onlyArticle(readString(dir, "balanced.txt", source));

        assertThat(lines(article)).containsExactlyElementsOf(ARTICLE);
    }

    @Test
    void keepsAHeadingOffTheFullLastLineOfTheParagraphBeforeIt() throws IOException {
        String source = """
                The pipeline carried gas from fields in Yakutia to the border.
                Activities
                The bank approved its first loans in 2016 for projects in five
                countries, mostly for renewable energy and transport.
                """;

        Article article = onlyArticle(readString(dir, "activities.txt", source));

        assertThat(lines(article)).containsExactly(
                "The pipeline carried gas from fields in Yakutia to the border.",
                "Activities",
                "The bank approved its first loans in 2016 for projects in five countries, mostly for renewable"
                        + " energy and transport.");
    }

    @Test
    void joinsAWrappedListItemButNotTheNextItem() throws IOException {
        String source = """
                Key figures:
                - Bilateral trade reached a record $147 billion in
                  2021, according to customs data.
                - Pipeline exports rose to 22.7 billion cubic metres.
                """;

        Article article = onlyArticle(readString(dir, "items.txt", source));

        assertThat(lines(article)).containsExactly(
                "Key figures:",
                "- Bilateral trade reached a record $147 billion in 2021, according to customs data.",
                "- Pipeline exports rose to 22.7 billion cubic metres.");
    }

    @Test
    void mendsALineBrokenMidSentenceInAFileOfLongParagraphs() throws IOException {
        String source = "The treaty was signed in Moscow on 16 July 2001 by the two presidents, who described it"
                + " as the basis of relations for the next twenty years, and it was signed by\n"
                + "Vladimir Putin and Jiang Zemin in the Kremlin.\n"
                + "Both sides renewed it in 2021 for another five years, with no changes to its text or its"
                + " annexes, and with no public debate in either country.\n";

        Article article = onlyArticle(readString(dir, "mended.txt", source));

        assertThat(lines(article)).hasSize(2);
        assertThat(lines(article).get(0)).endsWith("it was signed by Vladimir Putin and Jiang Zemin in the Kremlin.");
    }

    @Test
    void keepsOneSentencePerLineWhenEachEndsWithAPeriod() throws IOException {
        String source = "Trade rose in 2021.\nIt fell in 2022.\nIt recovered in 2023.\n";

        Article article = onlyArticle(readString(dir, "sentences.txt", source));

        assertThat(lines(article)).containsExactly("Trade rose in 2021.", "It fell in 2022.", "It recovered in 2023.");
    }

    /**
     * Lays the article out as a hard-wrapped file: each paragraph wrapped greedily at a width drawn between
     * {@code minRatio * width} and {@code width} (1.0 gives plain greedy wrapping).
     */
    private static String layout(int width, boolean blankLines, Random random, double minRatio) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : ARTICLE) {
            int w = minRatio >= 1.0 ? width : (int) (width * (minRatio + random.nextDouble() * (1 - minRatio)));
            boolean item = paragraph.startsWith("- ");
            for (String line : wrap(paragraph, w)) {
                out.append(item && out.length() > 0 && !line.startsWith("- ") ? "  " : "").append(line).append('\n');
            }
            if (blankLines) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
