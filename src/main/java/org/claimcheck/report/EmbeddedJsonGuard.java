package org.claimcheck.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON on to an HTML page and refuses any '<' in it: inside a script element, {@code </script} or
 * {@code <!--} would end the data block or change how the browser parses the rest of the page. Closing the guard
 * leaves the page open.
 */
final class EmbeddedJsonGuard extends FilterWriter {

    EmbeddedJsonGuard(Writer page) {
        super(page);
    }

    @Override
    public void write(int c) throws IOException {
        refuseMarkup(c);
        out.write(c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            refuseMarkup(chars[i]);
        }
        out.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            refuseMarkup(text.charAt(i));
        }
        out.write(text, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private static void refuseMarkup(int c) {
        if (c == '<') {
            throw new IllegalArgumentException("JSON embedded in HTML must escape '<'");
        }
    }
}
