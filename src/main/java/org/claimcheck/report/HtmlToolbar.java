package org.claimcheck.report;

import java.io.IOException;
import org.claimcheck.result.RunResult;

/** The sticky bar on top of the HTML report: verdict filters and the buttons that step through flagged claims. */
final class HtmlToolbar {

    private HtmlToolbar() {
    }

    static void write(HtmlWriter html, RunResult result) throws IOException {
        Totals totals = Totals.of(result);
        html.start("header", "class", "toolbar").newline()
                .element("h1", "claimcheck report")
                .element("span", "claimcheck " + JsonReport.toolVersion(result), "class", "version").newline()
                .start("fieldset", "class", "filters").element("legend", "Show claims").newline();
        for (VerdictStyle style : VerdictStyle.values()) {
            html.start("label", "class", "filter", "data-v", style.label())
                    .start("input", "type", "checkbox", "checked", "", "data-verdict", style.label())
                    .element("span", style.symbol, "class", "sym", "aria-hidden", "true")
                    .text(" " + style.title + " (" + totals.count(style.verdict) + ")")
                    .end("label").newline();
        }
        html.start("label", "class", "filter")
                .start("input", "type", "checkbox", "id", "only-flagged")
                .text(" only articles with flagged claims (contradicted, possible conflict or ambiguous)")
                .end("label").newline()
                .end("fieldset").newline();
        html.start("div", "class", "nav").newline()
                .element("button", "\u25c0 Previous flagged (p)", "type", "button", "id", "prev-flagged",
                        "aria-keyshortcuts", "p")
                .element("button", "Next flagged (n) \u25b6", "type", "button", "id", "next-flagged",
                        "aria-keyshortcuts", "n")
                .end("div").newline()
                .end("header").newline();
    }
}
