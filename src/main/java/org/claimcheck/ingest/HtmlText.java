package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Extracts the readable lines of an HTML article body: one line per block element (paragraph, heading, list
 * item, cell, caption, a div's own text), inline content joined, entities decoded. Scripts, styles, navigation,
 * forms, embedded frames and graphics, hidden elements and elements whose class or id names sharing, related
 * links, newsletters, comments or advertising are skipped, so hostile markup never reaches the text.
 */
final class HtmlText implements NodeFilter {

    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "nav",
            "aside", "footer", "form", "iframe", "svg", "math", "canvas", "object", "embed", "video", "audio",
            "button", "select", "textarea", "input", "head", "title", "img", "picture", "map", "dialog", "frame",
            "frameset", "applet");

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "header", "hgroup", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul");

    private static final Set<String> HEADING_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private static final Set<String> SKIPPED_NAME_WORDS = Set.of("share", "sharing", "social", "related",
            "newsletter", "newsletters", "subscribe", "subscription", "comment", "comments", "disqus", "advert",
            "adverts", "advertisement", "advertising", "ad", "ads", "adslot", "promo", "sponsored", "outbrain",
            "taboola", "cookie", "cookies", "consent");

    private static final Pattern NAME_WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private final String source;
    private final Element root;
    private final List<SourceLine> lines = new ArrayList<>();
    private MappedTextBuilder current = new MappedTextBuilder();
    private int headingDepth;
    private int lastSource;

    private HtmlText(String source, Element root) {
        this.source = source;
        this.root = root;
    }

    static List<SourceLine> lines(String source, Element root) {
        HtmlText text = new HtmlText(source, root);
        NodeTraversor.filter(text, root);
        text.flush();
        return text.lines;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            MappedText mapped = HtmlSource.map(textNode, source, lastSource);
            current.append(mapped);
            if (mapped.length() > 0) {
                lastSource = mapped.sourceOffset(mapped.length() - 1) + 1;
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (element != root && isSkipped(element)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        if (element.sourceRange().isTracked()) {
            lastSource = element.sourceRange().end().pos();
        }
        String tag = element.normalName();
        if (tag.equals("br") || BLOCK_TAGS.contains(tag)) {
            flush();
        }
        if (HEADING_TAGS.contains(tag)) {
            headingDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            if (HEADING_TAGS.contains(tag)) {
                headingDepth--;
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        MappedText line = current.build();
        if (!line.isBlank()) {
            lines.add(new SourceLine(headingDepth > 0 ? LineKind.HEADING : LineKind.BLOCK, line));
        }
        current = new MappedTextBuilder();
    }

    static boolean isSkipped(Element element) {
        if (SKIPPED_TAGS.contains(element.normalName()) || element.hasAttr("hidden")
                || element.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        return namesSkippedContent(element.className()) || namesSkippedContent(element.id());
    }

    private static boolean namesSkippedContent(String names) {
        for (String word : NAME_WORD_SPLIT.split(names)) {
            if (SKIPPED_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
