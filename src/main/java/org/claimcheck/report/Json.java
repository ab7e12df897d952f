package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way reports write JSON: two-space indentation and {@code \n} line ends whatever the platform, fields
 * in insertion order, so the same run always gives the same bytes. A document is written token by token, each
 * article or claim as a small Jackson tree of its own, so that a large run never exists as one tree in memory;
 * the bytes are the same as printing one tree of the whole document.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Writes the document {@code body} produces, pretty-printed and followed by a newline. */
    static void write(Writer out, JsonBody body) throws IOException {
        writeDocument(generator(out), out, body);
    }

    /** Like {@link #write}, with {@code < > &} escaped so the JSON can be embedded in an HTML script element. */
    static void writeHtmlSafe(Writer out, JsonBody body) throws IOException {
        JsonGenerator json = generator(out);
        json.setCharacterEscapes(new HtmlSafeEscapes());
        writeDocument(json, out, body);
    }

    /**
     * A generator from {@link #MAPPER} on {@code out}, which stays open. Writing a tree flushes the generator;
     * that flush stops at {@code out}, which the caller flushes when the whole report is written, since flushing
     * a file after every claim would cost a system call each.
     */
    static JsonGenerator compactGenerator(Writer out) throws IOException {
        return MAPPER.createGenerator(out).disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        return compactGenerator(out).setPrettyPrinter(printer());
    }

    /**
     * Closing the generator hands its last buffered characters to {@code out}. After a failure the generator is
     * left unclosed: closing would append the closing brackets of a document that is incomplete anyway.
     */
    private static void writeDocument(JsonGenerator json, Writer out, JsonBody body) throws IOException {
        body.writeTo(json);
        json.close();
        out.write('\n');
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Escapes {@code <}, {@code >}, {@code &} and the JavaScript line separators as {@code \\uXXXX}. */
    static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] table = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            return null;
        }
    }
}
