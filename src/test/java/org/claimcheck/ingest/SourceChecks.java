package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;

/** Test helpers: read fixtures and check that article offsets lead back to the same source characters. */
final class SourceChecks {

    static final Path FIXTURES = Path.of("src/test/resources/ingest");

    /** Years, days with months, amounts of money and percentages: the substrings claims are made of. */
    static final Pattern CLAIM_LIKE = Pattern.compile(
            "\\$\\d[\\d,.]*(?: (?:billion|million|trillion))?|\\b\\d{1,2} [A-Z][a-z]+ \\d{4}\\b"
                    + "|\\b(?:19|20)\\d{2}\\b|\\b\\d+(?:\\.\\d+)?%|\\b\\d+(?:\\.\\d+)? billion\\b");

    private SourceChecks() {
    }

    static ReadResult readFixture(String name) {
        return Ingest.read(InputFile.of(FIXTURES.resolve(name), name), InputSpec.DEFAULT_MAX_BYTES);
    }

    static Article onlyArticle(ReadResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }

    static String fixtureText(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("fixture " + name + " is missing", e);
        }
    }

    static List<String> lines(Article article) {
        return List.of(article.text().split("\n", -1));
    }

    /** Writes {@code content} as UTF-8 and reads it back as an input named {@code name}. */
    static ReadResult readString(Path dir, String name, String content) throws IOException {
        return readBytes(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static ReadResult readBytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return Ingest.read(InputFile.of(file, name), InputSpec.DEFAULT_MAX_BYTES);
    }

    /** The one problem of a result that still yields its one article (bad metadata does not cost the check). */
    static Problem problemBesideArticle(ReadResult result) {
        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    static Problem onlyProblem(ReadResult result) {
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0);
    }

    /** The source character at a 1-based position. */
    static char charAt(String source, Position position) {
        LineMap lines = LineMap.of(source);
        return source.charAt(lines.lineStart(position.line()) + position.column() - 1);
    }

    /**
     * Every visible character of the text is located on the same character in the source, except characters
     * decoded from an entity or escape, which are located on its {@code &} or backslash, and table pipes shown
     * as {@code ;}.
     */
    static void assertEveryCharacterMapsToItself(Article article, String source) {
        String text = article.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            char s = charAt(source, article.locate(i));
            boolean decoded = s == '&' || s == '\\' || (c == ';' && s == '|');
            assertThat(s == c || decoded)
                    .as("text[%d] '%s' located at %s on '%s'", i, c, article.locate(i), s)
                    .isTrue();
        }
    }

    /** Each claim-like substring of the text starts where the same characters stand in the source. */
    static int assertClaimLikeSubstringsMapToSource(Article article, String source) {
        Matcher m = CLAIM_LIKE.matcher(article.text());
        int count = 0;
        while (m.find()) {
            Position start = article.locate(m.start());
            String claim = m.group();
            assertThat(charAt(source, start)).as("claim \"%s\" located at %s", claim, start).isEqualTo(claim.charAt(0));
            for (int k = 0; k < claim.length(); k++) {
                char c = claim.charAt(k);
                char s = charAt(source, article.locate(m.start() + k));
                if (c != ' ' && s != '&') {
                    assertThat(s).as("\"%s\"[%d]", claim, k).isEqualTo(c);
                }
            }
            count++;
        }
        return count;
    }
}
