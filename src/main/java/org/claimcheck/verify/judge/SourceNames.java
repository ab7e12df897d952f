package org.claimcheck.verify.judge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short names for sources in explanations, where the full citation is already in the evidence: the citation
 * before the first URL ("Federal Reserve G.5A annual release of 1 February 2024, https://…" gives "Federal
 * Reserve G.5A annual release of 1 February 2024"), or the URL's host when the source is a bare URL.
 */
final class SourceNames {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern TRAILER =
            Pattern.compile("(?:[\\s,;:(\\-\u2013\u2014]|\\b(?:as reported by|at|via)\\b)+$");

    private SourceNames() {
    }

    static String shortName(String source) {
        Matcher url = URL.matcher(source);
        if (!url.find()) {
            return source.strip();
        }
        String citation = TRAILER.matcher(source.substring(0, url.start())).replaceAll("").strip();
        if (!citation.isEmpty()) {
            return citation;
        }
        try {
            String host = new URI(url.group()).getHost();
            return host == null ? url.group() : host.replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
            return url.group();
        }
    }
}
