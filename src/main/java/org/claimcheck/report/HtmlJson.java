package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Compact JSON that is safe inside an HTML element: {@code <}, {@code >}, {@code &} and the JavaScript line
 * separators are written as {@code \}{@code uXXXX} escapes, so no article text can close the element that holds
 * the JSON or open a comment.
 */
final class HtmlJson {

    private HtmlJson() {
    }

    static ObjectNode object() {
        return Json.object();
    }

    static ArrayNode array() {
        return Json.MAPPER.createArrayNode();
    }

    /** A generator writing such JSON to {@code out}, which stays open; closing the generator flushes it there. */
    static JsonGenerator generator(Writer out) throws IOException {
        return Json.compactGenerator(out).setCharacterEscapes(new Json.HtmlSafeEscapes());
    }
}
