package org.claimcheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.verify.Finding;

/**
 * One article in the HTML report: heading, metadata (the URL is a link only when it is http or https), its
 * problems, and its text with each claim marked as a focusable button labelled with its verdict. A claim whose
 * span overlaps an earlier one is listed under the text instead of being nested.
 */
final class HtmlArticle {

    private HtmlArticle() {
    }

    static void write(HtmlWriter html, ArticleResult article, int index, int firstClaim) throws IOException {
        String anchor = HtmlReport.articleAnchor(index);
        boolean flagged = article.findings().stream().anyMatch(f -> VerdictStyle.of(f.verdict()).flagged());
        html.start("section", "class", flagged ? "article flagged" : "article", "id", anchor,
                "aria-labelledby", anchor + "-h").newline()
                .element("h2", heading(article), "id", anchor + "-h", "dir", "auto").newline();
        meta(html, article);
        problems(html, article.problems(), "Problems");
        if (article.status() == ArticleStatus.FAILED) {
            html.element("p", "This article could not be checked.", "class", "failed").newline();
        }
        List<Integer> overlapping = new ArrayList<>();
        html.start("div", "class", "text", "dir", "auto");
        String text = article.text();
        int pos = 0;
        for (int i = 0; i < article.findings().size(); i++) {
            Finding f = article.findings().get(i);
            int start = f.claim().span().start();
            int end = f.claim().span().end();
            if (start < pos || end > text.length()) {
                overlapping.add(i);
                continue;
            }
            html.text(text.substring(pos, start));
            claim(html, f, firstClaim + i, text.substring(start, end));
            pos = end;
        }
        html.text(text.substring(pos)).end("div").newline();
        if (!overlapping.isEmpty()) {
            html.start("p", "class", "overlaps").text("Claims overlapping the ones above: ");
            for (int i : overlapping) {
                Finding f = article.findings().get(i);
                claim(html, f, firstClaim + i, f.claim().text());
                html.text(" ");
            }
            html.end("p").newline();
        }
        html.end("section").newline();
    }

    /** The article's title, or its path when it has none. */
    static String heading(ArticleResult article) {
        return article.meta().findTitle().filter(t -> !t.isBlank()).orElse(article.path());
    }

    private static void claim(HtmlWriter html, Finding f, int claimIndex, String shown) throws IOException {
        VerdictStyle style = VerdictStyle.of(f.verdict());
        html.start("mark", "class", style.flagged() ? "c f" : "c", "data-v", style.label(),
                "data-c", Integer.toString(claimIndex), "tabindex", "0", "role", "button",
                "aria-label", style.title + " claim: " + f.claim().text())
                .text(shown).end("mark");
    }

    private static void meta(HtmlWriter html, ArticleResult article) throws IOException {
        html.start("p", "class", "meta").element("span", article.path(), "class", "path", "dir", "auto");
        if (article.meta().published() != null) {
            html.text(" \u00b7 published " + article.meta().published());
        }
        String url = article.meta().url();
        if (url != null) {
            html.text(" \u00b7 ");
            var link = SafeUrl.findHttp(url);
            if (link.isPresent()) {
                html.element("a", url, "href", link.get(), "rel", "noopener noreferrer nofollow", "class", "url");
            } else {
                html.element("span", url, "class", "url unsafe", "title", "not an http(s) address: not linked");
            }
        }
        if (article.meta().testArticle()) {
            html.text(" \u00b7 ").element("strong", "test article (deliberately wrong facts)", "class", "test");
        }
        StringBuilder counts = new StringBuilder();
        for (VerdictStyle s : VerdictStyle.values()) {
            int n = HtmlSummary.count(article, s.verdict);
            if (n > 0) {
                counts.append(" \u00b7 ").append(s.symbol).append(' ').append(n).append(' ').append(s.label());
            }
        }
        html.text(counts.toString()).end("p").newline();
    }

    static void problems(HtmlWriter html, List<Problem> problems, String title) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        html.start("div", "class", "problems", "role", "group", "aria-label", title)
                .element("h3", title).start("ul").newline();
        for (Problem p : problems.stream().sorted().toList()) {
            String where = p.path() + p.findPosition().map(pos -> ":" + pos).orElse("");
            html.start("li", "class", "problem " + p.severity().label())
                    .element("strong", p.severity().label() + ": ")
                    .text(p.message() + " (" + where + ", " + p.code() + ")").end("li").newline();
        }
        html.end("ul").end("div").newline();
    }
}
