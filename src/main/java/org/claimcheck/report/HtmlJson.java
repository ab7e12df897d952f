package org.claimcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Compact JSON that is safe inside an HTML element: {@code <}, {@code >}, {@code &} and the JavaScript line
 * separators are written as {@code \}{@code uXXXX} escapes, so no article text can close the element that holds
 * the JSON or open a comment.
 */
final class HtmlJson {

    private static final ObjectWriter WRITER = Json.MAPPER.writer()
            .with(new Json.HtmlSafeEscapes());

    private HtmlJson() {
    }

    static ObjectNode object() {
        return Json.object();
    }

    static ArrayNode array() {
        return Json.MAPPER.createArrayNode();
    }

    static String write(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
