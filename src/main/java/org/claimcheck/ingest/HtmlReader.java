package org.claimcheck.ingest;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.claimcheck.text.MappedText;

/**
 * Reads an HTML article with jsoup, tracking source positions: metadata from the head, text from the
 * {@code <article>} (the one with most text if there are several), else {@code <main>}, else {@code <body>}.
 */
final class HtmlReader {

    private HtmlReader() {
    }

    static ReadResult read(SourceText source) {
        Document doc = Jsoup.parse(source.text(), "", Parser.htmlParser().setTrackPosition(true));
        Element root = articleRoot(doc);
        List<SourceLine> lines = HtmlText.lines(source.text(), root);
        MappedText laidOut = Layout.arrange(lines);
        return Articles.single(source, HtmlMeta.of(doc, root), laidOut, List.of());
    }

    static Element articleRoot(Document doc) {
        Element best = null;
        int bestLength = -1;
        for (Element article : doc.getElementsByTag("article")) {
            if (isInsideSkipped(article)) {
                continue;
            }
            int length = article.text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main");
        return main != null ? main : doc.body();
    }

    private static boolean isInsideSkipped(Element element) {
        for (Element e = element; e != null && !e.normalName().equals("body"); e = e.parent()) {
            if (HtmlText.isSkipped(e)) {
                return true;
            }
        }
        return false;
    }
}
