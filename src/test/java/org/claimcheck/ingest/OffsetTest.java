package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.fixtureText;
import static org.claimcheck.ingest.SourceChecks.readFixture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** For every format, claim-like substrings of the text are located on the same characters in the source file. */
class OffsetTest {

    @ParameterizedTest
    @ValueSource(strings = {"energy-axis.txt", "energy-axis-wrapped.txt", "power-of-siberia.md", "treaty.html",
        "batch.jsonl"})
    void locatesEveryClaimLikeSubstringOnTheSameSourceCharacters(String fixture) {
        ReadResult result = readFixture(fixture);
        String source = fixtureText(fixture);

        int claims = 0;
        for (Article article : result.articles()) {
            claims += SourceChecks.assertClaimLikeSubstringsMapToSource(article, source);
            SourceChecks.assertEveryCharacterMapsToItself(article, source);
        }
        assertThat(claims).as("claim-like substrings checked").isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"energy-axis.txt", "power-of-siberia.md", "treaty.html", "batch.jsonl"})
    void locatesTheEndOfTheTextJustAfterItsLastCharacter(String fixture) {
        for (Article article : readFixture(fixture).articles()) {
            int last = article.text().length() - 1;
            var end = article.locate(last + 1);
            var lastChar = article.locate(last);

            assertThat(end.line()).isEqualTo(lastChar.line());
            assertThat(end.column()).isEqualTo(lastChar.column() + 1);
        }
    }
}
