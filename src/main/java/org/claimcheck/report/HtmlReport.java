package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;

/**
 * The editors' view ({@code report.html}): one self-contained page that makes no network request, with a
 * Content-Security-Policy allowing only its own inline style and script. It opens on a corpus summary, then
 * shows each article's text with every claim marked by verdict; the evidence of a claim is rendered on demand
 * from a JSON data block, so a large corpus keeps a lean DOM. All run data is escaped by {@link HtmlWriter}.
 */
public final class HtmlReport implements ReportRenderer {

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        HtmlAssets assets = HtmlAssets.load();
        HtmlWriter html = new HtmlWriter(out);
        html.doctype().start("html", "lang", "en").newline().start("head").newline()
                .start("meta", "charset", "utf-8").newline()
                .start("meta", "http-equiv", "Content-Security-Policy", "content", assets.contentSecurityPolicy())
                .newline()
                .start("meta", "name", "referrer", "content", "no-referrer").newline()
                .start("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .element("title", "claimcheck report").newline()
                .trustedBlock("style", assets.css()).newline()
                .end("head").newline()
                .start("body").newline();
        HtmlToolbar.write(html, result);
        html.start("main", "id", "main").newline();
        HtmlSummary.write(html, result);
        int firstClaim = 0;
        for (int i = 0; i < result.articles().size(); i++) {
            ArticleResult article = result.articles().get(i);
            HtmlArticle.write(html, article, i, firstClaim);
            firstClaim += article.findings().size();
        }
        html.end("main").newline();
        html.start("aside", "id", "evidence", "class", "evidence", "aria-label", "Evidence for the selected claim",
                "aria-live", "polite", "tabindex", "-1", "hidden", "").end("aside").newline();
        html.jsonBlock("claim-data", json -> HtmlClaimData.write(result, json)).newline();
        html.trustedBlock("script", assets.js()).newline();
        html.end("body").newline().end("html").newline();
        html.finish();
    }

    /** The fragment id of an article's section. */
    static String articleAnchor(int index) {
        return "a-" + index;
    }
}
