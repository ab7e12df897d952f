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

    private record Line(String path, Position position, int order, String text) {
    }

    private static final Comparator<Line> ORDER = Comparator.comparing(Line::path)
            .thenComparing(Line::position).thenComparingInt(Line::order);

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Problem p : result.allProblems()) {
            lines.add(new Line(p.path(), p.findPosition().orElse(new Position(1, 1)), lines.size(),
                    OneLine.of(p.toString())));
        }
        for (ArticleResult article : result.articles()) {
            for (Finding f : article.findings()) {
                if (f.verdict() != Verdict.SUPPORTED) {
                    lines.add(new Line(article.path(), f.claim().position(), lines.size(), describe(article, f)));
                }
            }
        }
        lines.sort(ORDER);
        for (Line line : lines) {
            out.write(line.text() + "\n");
        }
        out.write(Totals.of(result).sentence() + "\n");
    }

    private static String describe(ArticleResult article, Finding f) {
        return OneLine.of(article.path() + ":" + f.claim().position() + ": " + f.verdict().label() + ": claim \""
                + f.claim().text() + "\" \u2014 " + f.explanation());
    }
}
