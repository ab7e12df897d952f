package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML elements that are escaped by construction: text and attribute values are always escaped,
 * element and attribute names must be plain lower-case names, event-handler, {@code style} and {@code src}
 * attributes are refused, an {@code href} must be a fragment or an http(s) URL, and raw content is accepted
 * only for the report's own style sheet and script and for JSON that cannot close its element. Ends of
 * elements are checked against their starts.
 */
final class HtmlWriter {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Set<String> VOID = Set.of("meta", "input", "br", "hr", "link");
    private static final Set<String> REFUSED = Set.of("style", "src", "srcset", "formaction", "action", "srcdoc");

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    HtmlWriter(Writer out) {
        this.out = out;
    }

    HtmlWriter doctype() throws IOException {
        out.write("<!DOCTYPE html>\n");
        return this;
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value leaves the attribute out. */
    HtmlWriter start(String tag, String... attributes) throws IOException {
        openTag(tag, attributes);
        if (!VOID.contains(tag)) {
            open.push(tag);
        }
        return this;
    }

    HtmlWriter end(String tag) throws IOException {
        String expected = open.poll();
        if (!tag.equals(expected)) {
            throw new IllegalStateException("closing <" + tag + "> but the open element is <" + expected + ">");
        }
        out.write("</" + tag + ">");
        return this;
    }

    /** An element holding only {@code text}. */
    HtmlWriter element(String tag, String text, String... attributes) throws IOException {
        return start(tag, attributes).text(text).end(tag);
    }

    HtmlWriter text(String text) throws IOException {
        out.write(escape(text, false));
        return this;
    }

    HtmlWriter newline() throws IOException {
        out.write('\n');
        return this;
    }

    /** The report's own CSS or JavaScript, from its resources; never text that came from a run. */
    HtmlWriter trustedBlock(String tag, String content) throws IOException {
        if (!tag.equals("style") && !tag.equals("script")) {
            throw new IllegalArgumentException("trusted blocks are style or script, not " + tag);
        }
        if (content.toLowerCase(java.util.Locale.ROOT).contains("</" + tag)) {
            throw new IllegalArgumentException("a " + tag + " block cannot contain its own end tag");
        }
        out.write("<" + tag + ">" + content + "</" + tag + ">");
        return this;
    }

    /**
     * A non-executable JSON data block, written by {@code body} as it goes through a generator that escapes
     * markup (see {@link HtmlJson}); a raw '<' that would get past the generator is refused all the same.
     */
    HtmlWriter jsonBlock(String id, JsonBody body) throws IOException {
        openTag("script", "type", "application/json", "id", id);
        JsonGenerator json = HtmlJson.generator(new EmbeddedJsonGuard(out));
        body.writeTo(json);
        json.close();
        out.write("</script>");
        return this;
    }

    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed elements: " + open);
        }
        out.flush();
    }

    private void openTag(String tag, String... attributes) throws IOException {
        requireName(tag);
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        out.write('<');
        out.write(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String value = attributes[i + 1];
            requireName(name);
            if (name.startsWith("on") || REFUSED.contains(name)) {
                throw new IllegalArgumentException("attribute " + name + " is not allowed in reports");
            }
            if (name.equals("href") && value != null && !value.startsWith("#")
                    && SafeUrl.findHttp(value).isEmpty()) {
                throw new IllegalArgumentException("href must be a fragment or an http(s) URL: " + value);
            }
            if (value != null) {
                out.write(' ');
                out.write(name);
                out.write("=\"");
                out.write(escape(value, true));
                out.write('"');
            }
        }
        out.write('>');
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain HTML name: " + name);
        }
    }

    /** Escapes markup characters; control characters a browser would choke on become U+FFFD. */
    static String escape(String text, boolean attribute) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\'' -> sb.append(attribute ? "&#39;" : "'");
                default -> {
                    boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c < 0xA0);
                    sb.append(control ? '\uFFFD' : c);
                }
            }
        }
        return sb.toString();
    }
}
