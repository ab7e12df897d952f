package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.text.Position;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * Compiler-style lines for a terminal, sorted by path and position: every claim that is not supported
 * ({@code path:line:col: contradicted: claim "…" — explanation}) and every problem
 * ({@code path:line:col: error: …}), then a one-line total. Control characters in article text, terminal
 * escapes included, print as spaces.
 */
public final class TextReport implements ReportRenderer {

    /**
     * A line's place in the sorted output: a problem, or a finding by the index of its article and its own
     * index there. The text is made when the line is printed, so the report holds neither all its lines nor all
     * the articles, which a large run reads back from disk one at a time.
     */
    private record Line(String path, Position position, int order, Problem problem, int article, int finding) {
    }

    private static final Comparator<Line> ORDER = Comparator.comparing(Line::path)
            .thenComparing(Line::position).thenComparingInt(Line::order);

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        List<ArticleResult> articles = result.articles();
        // The lines of one article follow each other once sorted, so the article last read is usually the next.
        ArticleResult article = null;
        int articleIndex = -1;
        for (Line line : sortedLines(result)) {
            if (line.problem() != null) {
                out.write(OneLine.of(line.problem().toString()));
            } else {
                if (line.article() != articleIndex) {
                    articleIndex = line.article();
                    article = articles.get(articleIndex);
                }
                out.write(describe(article, article.findings().get(line.finding())));
            }
            out.write('\n');
        }
        out.write(Totals.of(result).sentence() + "\n");
    }

    private static List<Line> sortedLines(RunResult result) {
        List<Line> lines = new ArrayList<>();
        for (Problem p : result.allProblems()) {
            lines.add(new Line(p.path(), p.findPosition().orElse(new Position(1, 1)), lines.size(), p, -1, -1));
        }
        List<ArticleResult> articles = result.articles();
        for (int a = 0; a < articles.size(); a++) {
            ArticleResult article = articles.get(a);
            for (int f = 0; f < article.findings().size(); f++) {
                Finding finding = article.findings().get(f);
                if (finding.verdict() != Verdict.SUPPORTED) {
                    lines.add(new Line(article.path(), finding.claim().position(), lines.size(), null, a, f));
                }
            }
        }
        lines.sort(ORDER);
        return lines;
    }

    private static String describe(ArticleResult article, Finding f) {
        return OneLine.of(article.path() + ":" + f.claim().position() + ": " + f.verdict().label() + ": claim \""
                + f.claim().text() + "\" \u2014 " + f.explanation());
    }
}
