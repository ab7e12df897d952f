package org.claimcheck.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which URLs from article metadata or reference sources may become links: absolute {@code http} or
 * {@code https} URLs with a host, nothing else ({@code javascript:}, {@code data:}, relative paths and
 * malformed text stay plain text).
 */
final class SafeUrl {

    private SafeUrl() {
    }

    static Optional<String> findHttp(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i)) || Character.isWhitespace(trimmed.charAt(i))) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? Optional.of(trimmed) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
