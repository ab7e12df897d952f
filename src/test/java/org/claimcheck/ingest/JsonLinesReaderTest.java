package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.ingest.SourceChecks.fixtureText;
import static org.claimcheck.ingest.SourceChecks.readFixture;
import static org.claimcheck.ingest.SourceChecks.readString;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheGoodRecordsAroundBadLines() {
        ReadResult result = readFixture("batch.jsonl");

        assertThat(result.articles()).extracting(Article::id)
                .containsExactly("batch.jsonl#a1", "batch.jsonl#a2", "batch.jsonl#5");
        assertThat(result.articles()).extracting(Article::path).containsOnly("batch.jsonl");
    }

    @Test
    void reportsEachBadLineAtItsLineAndColumn() {
        ReadResult result = readFixture("batch.jsonl");

        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "batch.jsonl:3:29: error: malformed JSON (Unexpected end-of-input: was expecting closing quote for a"
                        + " string value): expected one JSON object per line",
                "batch.jsonl:4:1: error: record has no \"text\" field: expected a string with the article text",
                "batch.jsonl:6:22: error: invalid date \"16 July 2001\": expected a date as yyyy-MM-dd or an ISO"
                        + " date-time such as 2022-06-15T09:30:00Z",
                "batch.jsonl:7:19: error: \"text\" is an array: expected a string with the article text",
                "batch.jsonl:9:1: error: duplicate id \"a1\" (first used on line 1): expected a unique id per record");
    }

    @Test
    void readsRecordMetadataAndTheTestFlag() {
        ReadResult result = readFixture("batch.jsonl");

        assertThat(result.articles().get(0).meta()).isEqualTo(new ArticleMeta("Treaty", LocalDate.of(2021, 7, 16),
                "https://example.org/a1", false));
        assertThat(result.articles().get(2).meta().testArticle()).isTrue();
    }

    @Test
    void laysOutTheTextLikeAnyOtherArticle() {
        Article first = readFixture("batch.jsonl").articles().get(0);

        assertThat(first.text()).isEqualTo("Origins\nMoscow and Beijing signed the treaty on 16 July 2001.");
    }

    @Test
    void locatesTextInsideTheRawJsonStringWalkingEscapes() {
        ReadResult result = readFixture("batch.jsonl");
        String source = fixtureText("batch.jsonl");
        Article first = result.articles().get(0);
        Article second = result.articles().get(1);

        assertThat(first.locate(first.text().indexOf("Origins"))).isEqualTo(new Position(1, 97));
        assertThat(first.locate(first.text().indexOf("16 July 2001"))).isEqualTo(new Position(1, 146));
        assertThat(second.locate(second.text().indexOf("$55"))).isEqualTo(new Position(2, 72));
        assertThat(second.locate(second.text().indexOf("a record"))).isEqualTo(new Position(2, 93));
        for (Article article : result.articles()) {
            SourceChecks.assertEveryCharacterMapsToItself(article, source);
        }
    }

    @Test
    void acceptsNumericIdsAndSkipsBlankLines() throws IOException {
        String source = "\n{\"id\": 42, \"text\": \"Trade rose in 2021.\"}\n\n";

        ReadResult result = readString(dir, "n.jsonl", source);

        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).extracting(Article::id).containsExactly("n.jsonl#42");
        assertThat(result.articles().get(0).locate(0)).isEqualTo(new Position(2, 21));
    }

    @Test
    void reportsALineThatIsNotAnObject() throws IOException {
        ReadResult result = readString(dir, "arr.jsonl", "[1, 2]\n{\"text\": \"Fine in 2021.\"}\n");

        assertThat(result.articles()).hasSize(1);
        assertThat(result.problems()).extracting(Problem::position).containsExactly(new Position(1, 1));
        assertThat(result.problems().get(0).message()).startsWith("line is not a JSON object: expected one object");
    }

    @Test
    void reportsFieldsOfTheWrongType() throws IOException {
        String source = "{\"id\": {\"x\": 1}, \"title\": 7, \"test\": \"yes\", \"text\": \"Trade rose.\"}\n";

        ReadResult result = readString(dir, "types.jsonl", source);

        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "\"id\" is an object: expected a string or an integer",
                "\"title\" is a number: expected a string",
                "\"test\" is a string: expected true or false");
        assertThat(result.problems()).extracting(Problem::position)
                .containsExactly(new Position(1, 8), new Position(1, 27), new Position(1, 38));
    }
}
