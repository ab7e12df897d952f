package org.claimcheck.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;

/** The fields of one JSON-lines record as they are parsed, with a problem for each field of the wrong type. */
final class JsonRecord {

    private final String path;
    private final int line;
    private final List<Problem> problems = new ArrayList<>();
    private String id;
    private String title;
    private LocalDate published;
    private String url;
    private boolean testArticle;
    private String text;
    private int textOffset = -1;

    JsonRecord(String path, int line) {
        this.path = path;
        this.line = line;
    }

    /** Reads the value the parser stands on for {@code field}; {@code column} is where that value starts. */
    void field(String field, JsonParser parser, int column) throws IOException {
        JsonToken token = parser.currentToken();
        switch (field) {
            case "id" -> {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT) {
                    id = parser.getText();
                } else {
                    problem(column, "\"id\" is " + describe(token) + ": expected a string or an integer");
                }
            }
            case "title" -> title = string(parser, field, column);
            case "url" -> url = string(parser, field, column);
            case "date" -> {
                String value = string(parser, field, column);
                if (value != null) {
                    Optional<LocalDate> date = Dates.parse(value);
                    date.ifPresentOrElse(d -> published = d,
                            () -> problem(column, "invalid date \"" + value + "\": " + Dates.EXPECTED));
                }
            }
            case "test" -> {
                if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                    testArticle = token == JsonToken.VALUE_TRUE;
                } else if (token != JsonToken.VALUE_NULL) {
                    problem(column, "\"test\" is " + describe(token) + ": expected true or false");
                }
            }
            case "text" -> {
                if (token == JsonToken.VALUE_STRING) {
                    text = parser.getText();
                    textOffset = (int) parser.currentTokenLocation().getCharOffset();
                } else {
                    problem(column, "\"text\" is " + describe(token) + ": expected a string with the article text");
                }
            }
            default -> {
                // fields we do not use (author, tags, ...) are allowed
            }
        }
        parser.skipChildren();
    }

    private String string(JsonParser parser, String field, int column) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String value = parser.getText().strip();
            return value.isEmpty() ? null : value;
        }
        if (token != JsonToken.VALUE_NULL) {
            problem(column, "\"" + field + "\" is " + describe(token) + ": expected a string");
            parser.skipChildren();
        }
        return null;
    }

    void problem(int column, String message) {
        problems.add(Problem.error("invalid-record", path, new Position(line, column), message));
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    String id() {
        return id;
    }

    String text() {
        return text;
    }

    /** Offset of the text value's opening quote within the line. */
    int textOffset() {
        return textOffset;
    }

    ArticleMeta meta() {
        return new ArticleMeta(title, published, url, testArticle);
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
