package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * A short summary ({@code summary.md}) fit for a pull-request comment: totals by verdict, a table of the claims
 * to look at (contradicted, possible conflicts, ambiguous), and the problems, each list capped at
 * {@value #MAX_ROWS} rows so the comment stays within the size a code host accepts. All article text is escaped.
 */
public final class MarkdownReport implements ReportRenderer {

    static final int MAX_ROWS = 50;

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        Totals totals = Totals.of(result);
        out.write("## claimcheck: " + headline(totals) + "\n\n");
        out.write(totals.sentence() + "\n\n");
        out.write("| Verdict | Claims |\n|---|---:|\n");
        for (Verdict v : Verdict.values()) {
            out.write("| " + v.label() + " | " + totals.count(v) + " |\n");
        }
        flagged(result, out);
        problems(result.allProblems(), out);
    }

    private static String headline(Totals totals) {
        int contradicted = totals.count(Verdict.CONTRADICTED);
        int possibleConflicts = totals.count(Verdict.POSSIBLE_CONFLICT);
        int ambiguous = totals.count(Verdict.AMBIGUOUS);
        if (contradicted + possibleConflicts + ambiguous == 0) {
            return "no contradicted claims";
        }
        return contradicted + " " + Verdict.CONTRADICTED.label() + ", " + possibleConflicts + " "
                + Verdict.POSSIBLE_CONFLICT.label() + ", " + ambiguous + " " + Verdict.AMBIGUOUS.label();
    }


    private static void flagged(RunResult result, Writer out) throws IOException {
        int rows = 0;
        int flagged = 0;
        StringBuilder table = new StringBuilder("\n### Contradicted, possibly conflicting and ambiguous claims\n\n")
                .append("| Where | Verdict | Claim | Explanation |\n|---|---|---|---|\n");
        for (ArticleResult article : result.articles()) {
            for (Finding f : article.findings()) {
                if (!f.verdict().flagged()) {
                    continue;
                }
                flagged++;
                if (rows++ < MAX_ROWS) {
                    table.append("| ").append(MarkdownText.escape(article.path() + ":" + f.claim().position()))
                            .append(" | ").append(f.verdict().label())
                            .append(" | ").append(MarkdownText.escape(f.claim().text()))
                            .append(" | ").append(MarkdownText.escape(f.explanation())).append(" |\n");
                }
            }
        }
        if (flagged > 0) {
            out.write(table.toString());
            more(flagged, out);
        }
    }

    private static void problems(List<Problem> problems, Writer out) throws IOException {
        if (problems.isEmpty()) {
            return;
        }
        out.write("\n### Problems\n\n| Where | Severity | Problem |\n|---|---|---|\n");
        for (Problem p : problems.subList(0, Math.min(MAX_ROWS, problems.size()))) {
            String where = p.path() + p.findPosition().map(pos -> ":" + pos).orElse("");
            out.write("| " + MarkdownText.escape(where) + " | " + p.severity().label() + " | "
                    + MarkdownText.escape(p.message()) + " (" + MarkdownText.escape(p.code()) + ") |\n");
        }
        more(problems.size(), out);
    }

    private static void more(int total, Writer out) throws IOException {
        if (total > MAX_ROWS) {
            out.write("\n… and " + (total - MAX_ROWS) + " more; see the full reports.\n");
        }
    }
}
