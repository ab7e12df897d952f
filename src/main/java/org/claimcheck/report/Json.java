package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way reports write JSON: Jackson trees printed with two-space indentation and {@code \n} line ends
 * whatever the platform, fields in insertion order, so the same tree always gives the same bytes.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private static final ObjectWriter PRETTY = MAPPER.writer(printer());
    private static final ObjectWriter PRETTY_HTML_SAFE = PRETTY.with(new HtmlSafeEscapes());

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static void write(JsonNode tree, Writer out) throws IOException {
        PRETTY.writeValue(out, tree);
        out.write('\n');
    }

    /** Like {@link #write}, with {@code < > &} escaped so the JSON can be embedded in an HTML script element. */
    static void writeHtmlSafe(JsonNode tree, Writer out) throws IOException {
        PRETTY_HTML_SAFE.writeValue(out, tree);
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
