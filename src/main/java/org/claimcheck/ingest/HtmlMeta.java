package org.claimcheck.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata: title (og:title, else {@code <title>}, else the first h1), the first valid
 * publication date among the usual meta tags, {@code itemprop=datePublished} and {@code <time datetime>} in the
 * article, the canonical URL (else og:url), and the {@code claimcheck:test} flag.
 */
final class HtmlMeta {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final String PUBLISHED_TIME = "article:published_time";
    private static final List<String> DATE_NAMES = List.of("date", "pubdate", "publishdate", "dc.date.issued");

    private HtmlMeta() {
    }

    static ArticleMeta of(Document doc, Element articleRoot) {
        return new ArticleMeta(title(doc), published(doc, articleRoot), url(doc), testFlag(doc));
    }

    private static String title(Document doc) {
        return meta(doc, "property", "og:title")
                .or(() -> nonBlank(doc.title()))
                .or(() -> Optional.ofNullable(doc.selectFirst("h1")).flatMap(h1 -> nonBlank(h1.text())))
                .orElse(null);
    }

    private static LocalDate published(Document doc, Element articleRoot) {
        List<String> candidates = new ArrayList<>();
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr("property").equalsIgnoreCase(PUBLISHED_TIME)
                    || meta.attr("name").equalsIgnoreCase(PUBLISHED_TIME)) {
                candidates.add(meta.attr("content"));
            }
        }
        for (String wanted : DATE_NAMES) {
            for (Element meta : doc.getElementsByTag("meta")) {
                if (meta.attr("name").equalsIgnoreCase(wanted)) {
                    candidates.add(meta.attr("content"));
                }
            }
        }
        for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
            candidates.add(e.hasAttr("content") ? e.attr("content")
                    : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        }
        for (Element time : articleRoot.getElementsByTag("time")) {
            if (time.hasAttr("datetime")) {
                candidates.add(time.attr("datetime"));
            }
        }
        return candidates.stream().map(Dates::parse).flatMap(Optional::stream).findFirst().orElse(null);
    }

    private static String url(Document doc) {
        for (Element link : doc.getElementsByTag("link")) {
            if (link.attr("rel").equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        return meta(doc, "property", "og:url").orElse(null);
    }

    private static boolean testFlag(Document doc) {
        return meta(doc, "name", "claimcheck:test").map("true"::equalsIgnoreCase).orElse(false);
    }

    private static Optional<String> meta(Document doc, String key, String value) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.attr(key).equalsIgnoreCase(value)) {
                Optional<String> content = nonBlank(meta.attr("content"));
                if (content.isPresent()) {
                    return content;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(SPACES.matcher(s).replaceAll(" ").strip());
    }
}
