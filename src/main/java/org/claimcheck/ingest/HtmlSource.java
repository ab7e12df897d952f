package org.claimcheck.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Maps the decoded text of an HTML text node to the offsets of its raw characters in the page. The raw range
 * is walked alongside the decoded text: plain characters map one to one, each decoded entity maps to its
 * {@code &}. If the two ever disagree (markup jsoup repaired), the rest maps to the last position known.
 */
final class HtmlSource {

    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;?)");

    private HtmlSource() {
    }

    static MappedText map(TextNode node, String source, int fallback) {
        String decoded = node.getWholeText();
        MappedTextBuilder out = new MappedTextBuilder();
        Range range = node.sourceRange();
        if (!range.isTracked() || range.end().pos() > source.length()) {
            for (int j = 0; j < decoded.length(); j++) {
                out.append(decoded.charAt(j), fallback);
            }
            return out.build();
        }
        int i = range.start().pos();
        int end = range.end().pos();
        int j = 0;
        Matcher entity = ENTITY.matcher(source);
        while (j < decoded.length()) {
            if (i < end && source.charAt(i) == '&' && entity.region(i, end).lookingAt()) {
                String raw = entity.group();
                String value = Parser.unescapeEntities(raw, false);
                if (!value.equals(raw) && decoded.startsWith(value, j)) {
                    for (int k = 0; k < value.length(); k++) {
                        out.append(decoded.charAt(j++), i);
                    }
                    i += raw.length();
                    continue;
                }
            }
            if (i < end && source.charAt(i) == decoded.charAt(j)) {
                out.append(decoded.charAt(j++), i++);
                continue;
            }
            int stuck = Math.min(i, Math.max(range.start().pos(), end - 1));
            while (j < decoded.length()) {
                out.append(decoded.charAt(j++), stuck);
            }
        }
        return out.build();
    }
}
