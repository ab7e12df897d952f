package org.claimcheck.series.owid;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code metadata.json}: an array of objects with {@code filename}, {@code title}, {@code description} and
 * {@code unit}. Read as a stream so that a bad entry is reported at its own line, which a bound object has no
 * record of.
 */
final class IndicatorMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorMetadata() {
    }

    static List<Indicator> read(Path file) throws ImportException {
        String path = file.toString();
        List<Indicator> indicators = new ArrayList<>();
        Map<String, Integer> lineOfFile = new HashMap<>();
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw at(path, parser.currentLocation(), "expected an array of series descriptions");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonLocation start = parser.currentTokenLocation();
                JsonNode node = parser.readValueAsTree();
                Indicator indicator = new Indicator(text(node, "filename", path, start),
                        text(node, "title", path, start), optional(node, "description"), text(node, "unit", path,
                                start), start.getLineNr(), start.getColumnNr());
                if (!indicator.filename().endsWith(".csv")) {
                    throw at(path, start, "filename \"" + indicator.filename() + "\": expected a .csv file name");
                }
                Integer earlier = lineOfFile.putIfAbsent(indicator.filename(), start.getLineNr());
                if (earlier != null) {
                    throw at(path, start, "\"" + indicator.filename() + "\" is described twice (first at line "
                            + earlier + "): expected one description per file");
                }
                indicators.add(indicator);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw at(path, parser.currentTokenLocation(), "expected an object describing a series");
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String message = "malformed JSON: " + e.getOriginalMessage();
            throw where == null ? ImportException.in(path, message) : at(path, where, message);
        } catch (IOException e) {
            throw ImportException.in(path, "cannot read file: " + e.getMessage());
        }
        return indicators;
    }

    private static String text(JsonNode node, String field, String path, JsonLocation where)
            throws ImportException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw at(path, where, "series description without \"" + field + "\": expected a non-empty string");
        }
        return value.asText().strip();
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? "" : value.asText().strip();
    }

    private static ImportException at(String path, JsonLocation where, String message) {
        return ImportException.at(path, where.getLineNr(), where.getColumnNr(), message);
    }
}
