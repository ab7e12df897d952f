package org.claimcheck.report;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Verdict;

/**
 * The corpus summary the HTML report opens on: totals, a bar chart of claims by verdict (inline SVG, labelled
 * in words), the articles with contradictions first (then possible conflicts, then ambiguous claims), and the
 * problems that belong to no article.
 */
final class HtmlSummary {

    private static final int BAR_WIDTH = 320;
    private static final int ROW_HEIGHT = 24;
    private static final int LABEL_WIDTH = 130;

    private HtmlSummary() {
    }

    static void write(HtmlWriter html, RunResult result) throws IOException {
        Totals totals = Totals.of(result);
        html.start("section", "id", "summary", "class", "summary", "aria-labelledby", "summary-h").newline()
                .element("h2", "Summary", "id", "summary-h").newline()
                .element("p", totals.sentence(), "class", "totals").newline();
        chart(html, totals);
        legend(html);
        articles(html, result);
        HtmlArticle.problems(html, result.problems(), "Problems outside any article");
        html.end("section").newline();
    }

    private static void chart(HtmlWriter html, Totals totals) throws IOException {
        int max = Math.max(1, totals.byVerdict().values().stream().mapToInt(Integer::intValue).max().orElse(1));
        VerdictStyle[] styles = VerdictStyle.values();
        StringBuilder description = new StringBuilder("Claims by verdict:");
        for (VerdictStyle s : styles) {
            description.append(' ').append(totals.count(s.verdict)).append(' ').append(s.label()).append(';');
        }
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        html.start("svg", "class", "chart", "role", "img", "aria-label", description.toString(),
                "width", Integer.toString(width), "height", Integer.toString(styles.length * ROW_HEIGHT + 4));
        for (int i = 0; i < styles.length; i++) {
            VerdictStyle s = styles[i];
            int count = totals.count(s.verdict);
            int y = i * ROW_HEIGHT + 2;
            int barWidth = count == 0 ? 0 : Math.max(2, count * BAR_WIDTH / max);
            html.element("text", s.symbol + " " + s.title, "x", "0", "y", Integer.toString(y + 16))
                    .start("rect", "class", "bar v-" + s.label(), "x", Integer.toString(LABEL_WIDTH),
                            "y", Integer.toString(y + 3), "width", Integer.toString(barWidth), "height", "16")
                    .end("rect")
                    .element("text", Integer.toString(count), "x", Integer.toString(LABEL_WIDTH + barWidth + 6),
                            "y", Integer.toString(y + 16));
        }
        html.end("svg").newline();
    }

    private static void legend(HtmlWriter html) throws IOException {
        html.start("p", "class", "legend").text("Marks in the text: ");
        for (VerdictStyle s : VerdictStyle.values()) {
            html.element("mark", s.title, "class", "c sample", "data-v", s.label()).text(" ");
        }
        html.text("Select a claim, or press Enter on it, to see its evidence; n and p step through flagged claims.")
                .end("p").newline();
    }

    private static void articles(HtmlWriter html, RunResult result) throws IOException {
        List<ArticleResult> articles = result.articles();
        // Counted once per article rather than in every comparison of the sort: a large run reads each article
        // back from disk.
        int[] contradicted = new int[articles.size()];
        int[] possibleConflicts = new int[articles.size()];
        int[] ambiguous = new int[articles.size()];
        int[] problems = new int[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            ArticleResult article = articles.get(i);
            contradicted[i] = count(article, Verdict.CONTRADICTED);
            possibleConflicts[i] = count(article, Verdict.POSSIBLE_CONFLICT);
            ambiguous[i] = count(article, Verdict.AMBIGUOUS);
            problems[i] = article.problems().size();
        }
        Comparator<Integer> order = Comparator
                .<Integer>comparingInt(i -> -contradicted[i])
                .thenComparingInt(i -> -possibleConflicts[i])
                .thenComparingInt(i -> -ambiguous[i])
                .thenComparingInt(i -> -problems[i])
                .thenComparingInt(i -> i);
        List<Integer> sorted = IntStream.range(0, articles.size()).boxed().sorted(order).toList();
        html.element("h3", "Articles, contradictions first").newline();
        if (articles.isEmpty()) {
            html.element("p", "No articles were checked.").newline();
            return;
        }
        html.start("table", "class", "articles").newline().start("thead").start("tr")
                .element("th", "Article", "scope", "col");
        for (VerdictStyle s : VerdictStyle.values()) {
            html.element("th", s.symbol + " " + s.title, "scope", "col");
        }
        html.element("th", "Problems", "scope", "col").end("tr").end("thead").newline().start("tbody").newline();
        for (int i : sorted) {
            ArticleResult a = articles.get(i);
            html.start("tr").start("th", "scope", "row").start("a", "href", "#" + HtmlReport.articleAnchor(i),
                    "dir", "auto").text(HtmlArticle.heading(a)).end("a");
            if (a.status() == ArticleStatus.FAILED) {
                html.text(" (not checked)");
            }
            html.end("th");
            for (VerdictStyle s : VerdictStyle.values()) {
                html.element("td", Integer.toString(count(a, s.verdict)));
            }
            html.element("td", Integer.toString(a.problems().size())).end("tr").newline();
        }
        html.end("tbody").end("table").newline();
    }

    static int count(ArticleResult article, Verdict verdict) {
        return (int) article.findings().stream().filter(f -> f.verdict() == verdict).count();
    }
}
