package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.lines;
import static org.claimcheck.ingest.SourceChecks.onlyArticle;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.file.Path;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "ALSO READ:- Why the rouble recovered faster than expected",
        "Also read: Gas deal signed after a decade of talks",
        "also read - Five charts on trade",
        "Also Read | Pipeline politics",
        "READ MORE: Sanctions explained",
        "Read more \u00BB",
        "Related: Five charts on the gas trade",
        "RELATED ARTICLES",
        "Related coverage:",
        "See also: the 2014 contract",
        "Don\u2019t miss: our energy explainer",
        "You may also like",
        "More from Energy Desk: pipeline maps",
        "Subscribe to our newsletter for weekly analysis.",
        "Sign up for the Morning Briefing newsletter",
        "Subscribe now",
        "Follow us on Telegram",
        "Follow us on X and Facebook for updates",
        "Like us on Facebook",
        "Share this article",
        "Share on WhatsApp",
        "Share",
        "Advertisement",
        "- Advertisement -",
        "ADVERTISEMENT",
        "Sponsored content",
        "Story continues below advertisement",
        "Click here to read the full report.",
        "Click here",
        "Tap here to download the app",
        "Download our app for breaking news",
        "\u00A9 2024 Example News. All rights reserved.",
        "Copyright 2024 Example News",
        "* **Also read:** Sanctions explained",
        "For the latest news, follow us on Twitter."})
    void dropsTrailerLines(String line) {
        assertThat(Boilerplate.isBoilerplate(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Related to the pipeline deal, Gazprom signed a second contract in 2022.",
        "Readers of the treaty often miss its article 9.",
        "The ministry said it would share data on the 2023 exports.",
        "Shareholders approved the $55 billion budget in 2019.",
        "Advertisement revenue at state media rose 12% in 2022.",
        "Subscribers to the gas contract pay in roubles since 2022.",
        "The newsletter of the central bank reported reserves of $600 billion.",
        "Copyright law was amended in 2021.",
        "Follow-up talks in 2023 produced no agreement.",
        "Clicks and clacks: a history of the 1996 treaty",
        "Trending upward, trade hit $190 billion in 2022."})
    void keepsContentThatMerelyResemblesATrailer(String line) {
        assertThat(Boilerplate.isBoilerplate(line)).isFalse();
    }

    @Test
    void keepsALongParagraphThatEndsWithACallToFollow() {
        String paragraph = "Bilateral trade reached a record $147 billion in 2021, according to Chinese customs data"
                + " released in January, and officials in both capitals said they expected it to pass $200 billion"
                + " by 2024; follow us on Telegram.";

        assertThat(Boilerplate.isBoilerplate(paragraph)).isFalse();
    }

    @Test
    void dropsTheHeadlineThatFollowsABareReadAlsoLabel() throws IOException {
        String source = "Trade reached $147 billion in 2021.\nALSO READ:\nWhy the rouble recovered\n"
                + "Analysts expect more in 2024.\n";

        Article article = onlyArticle(readString(dir, "label.txt", source));

        assertThat(lines(article)).containsExactly("Trade reached $147 billion in 2021.",
                "Analysts expect more in 2024.");
    }

    @Test
    void keepsOffsetsOfTextAfterRemovedTrailersPointingIntoTheSource() throws IOException {
        String source = "Origins\nAdvertisement\nThe group formed in 1996.\nRead more: Sanctions\n"
                + "It grew in 2001.\nShare this article\n";

        Article article = onlyArticle(readString(dir, "offsets.txt", source));

        assertThat(lines(article)).containsExactly("Origins", "The group formed in 1996.", "It grew in 2001.");
        assertThat(article.locate(article.text().indexOf("1996"))).isEqualTo(new Position(3, 21));
        assertThat(article.locate(article.text().indexOf("2001"))).isEqualTo(new Position(5, 12));
    }

    @Test
    void neverJoinsTheLinesOnEitherSideOfARemovedTrailer() throws IOException {
        String source = "The ministry said trade with China grew in\nAdvertisement\n2021 by a third.\n";

        Article article = onlyArticle(readString(dir, "split.txt", source));

        assertThat(lines(article)).containsExactly("The ministry said trade with China grew in", "2021 by a third.");
    }
}
