package org.claimcheck.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Chars;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;

/**
 * Reads a JSON-lines file: one object per line with {@code text} and optional {@code id}, {@code title},
 * {@code date}, {@code url}, {@code test}. Each good line becomes an article {@code path#id} (or {@code path#N}
 * for line N); a bad line becomes a problem at its line and column and the other lines are still read. Blank
 * lines are skipped.
 */
final class JsonLinesReader {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonLinesReader() {
    }

    static ReadResult read(SourceText source) {
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        List<Span> lines = Chars.lines(source.text());
        for (int n = 0; n < lines.size(); n++) {
            Span line = lines.get(n);
            String raw = line.of(source.text());
            if (raw.isBlank()) {
                continue;
            }
            int lineNumber = n + 1;
            JsonRecord record = new JsonRecord(source.path(), lineNumber);
            try {
                parse(raw, record);
            } catch (JsonProcessingException e) {
                record.problem(column(e.getLocation()), "malformed JSON (" + e.getOriginalMessage()
                        + "): expected one JSON object per line");
            } catch (IOException e) {
                record.problem(1, "cannot parse line: " + e.getMessage());
            }
            if (record.problems().isEmpty() && record.text() == null) {
                record.problem(1, "record has no \"text\" field: expected a string with the article text");
            }
            String id = source.path() + "#" + (record.id() != null ? record.id() : String.valueOf(lineNumber));
            if (record.problems().isEmpty()) {
                Integer firstLine = seenIds.putIfAbsent(id, lineNumber);
                if (firstLine != null) {
                    record.problem(1, "duplicate id \"" + record.id() + "\" (first used on line " + firstLine
                            + "): expected a unique id per record");
                }
            }
            if (!record.problems().isEmpty()) {
                problems.addAll(record.problems());
                continue;
            }
            MappedText text = JsonStrings.map(raw, record.textOffset(), record.text(), line.start());
            MappedText laidOut = Layout.arrange(TextLines.split(text));
            if (laidOut.length() == 0) {
                problems.add(Articles.noText(source.path(), new Position(lineNumber, 1)));
                continue;
            }
            articles.add(Articles.of(id, source, record.meta(), laidOut));
        }
        return new ReadResult(articles, problems);
    }

    private static void parse(String raw, JsonRecord record) throws IOException {
        try (JsonParser parser = JSON.createParser(raw)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                record.problem(column(parser.currentTokenLocation()), "line is not a JSON object: expected"
                        + " one object such as {\"id\": \"a1\", \"text\": \"...\"} per line");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                record.field(field, parser, column(parser.currentTokenLocation()));
            }
            if (parser.nextToken() != null) {
                record.problem(column(parser.currentTokenLocation()),
                        "text after the JSON object: expected one JSON object per line");
            }
        }
    }

    private static int column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
    }
}
