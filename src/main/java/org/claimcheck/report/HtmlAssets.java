package org.claimcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.claimcheck.text.Sha256;

/**
 * The HTML report's own style sheet and script, read from resources, and the Content-Security-Policy that
 * allows exactly these two inline blocks (by their SHA-256 hashes) and nothing else: no network, no other
 * script, no plugin, no form, no base URL.
 */
record HtmlAssets(String css, String js) {

    private static final HtmlAssets INSTANCE = new HtmlAssets(resource("report.css"), resource("report.js"));

    static HtmlAssets load() {
        return INSTANCE;
    }

    String contentSecurityPolicy() {
        return "default-src 'none'; style-src " + hash(css) + "; script-src " + hash(js)
                + "; img-src 'none'; base-uri 'none'; form-action 'none'";
    }

    /** The CSP source expression for an inline block: its exact UTF-8 bytes, hashed and base64-encoded. */
    static String hash(String content) {
        return "'sha256-" + Base64.getEncoder().encodeToString(Sha256.of(content)) + "'";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report resource " + name, e);
        }
    }
}
