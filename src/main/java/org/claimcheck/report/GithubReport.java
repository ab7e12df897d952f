package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/**
 * GitHub Actions workflow commands, one line each, which the runner turns into annotations on the files:
 * {@code ::error} for contradicted claims and input errors, {@code ::warning} for possible conflicts, ambiguous
 * claims and input warnings, {@code ::notice} for unverifiable claims. Data and properties are escaped as the
 * runner expects, so article text can never end a line and start a command of its own. Files are named relative
 * to the repository root, as the runner expects.
 */
public final class GithubReport implements ReportRenderer {

    private final SourceRoot root;

    /** Files relative to the current folder, taken as the repository root. */
    public GithubReport() {
        this(SourceRoot.currentFolder());
    }

    /** Files relative to {@code root}, the repository the runner annotates, whatever path was typed. */
    public GithubReport(SourceRoot root) {
        this.root = root;
    }

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        for (Problem problem : result.problems().stream().sorted().toList()) {
            problem(problem, out);
        }
        for (ArticleResult article : result.articles()) {
            for (Problem problem : article.problems().stream().sorted().toList()) {
                problem(problem, out);
            }
            for (Finding finding : article.findings()) {
                claim(article, finding, out);
            }
        }
    }

    private void claim(ArticleResult article, Finding finding, Writer out) throws IOException {
        String command = switch (finding.verdict()) {
            case CONTRADICTED -> "error";
            case POSSIBLE_CONFLICT, AMBIGUOUS -> "warning";
            case UNVERIFIABLE -> "notice";
            case SUPPORTED -> null;
        };
        if (command == null) {
            return;
        }
        ClaimLocation where = ClaimLocation.of(finding.claim());
        StringBuilder props = new StringBuilder()
                .append("file=").append(property(file(article.path())))
                .append(",line=").append(where.startLine());
        if (where.singleLine()) {
            // The runner accepts columns only on single-line annotations.
            props.append(",col=").append(where.startColumn()).append(",endColumn=").append(where.endColumn());
        } else {
            props.append(",endLine=").append(where.endLine());
        }
        props.append(",title=").append(property("claimcheck: " + finding.verdict().label() + " claim"));
        String message = finding.verdict().label() + ": claim \u201c" + finding.claim().text() + "\u201d \u2014 "
                + finding.explanation();
        out.write("::" + command + " " + props + "::" + data(message) + "\n");
    }

    private void problem(Problem problem, Writer out) throws IOException {
        StringBuilder props = new StringBuilder("file=").append(property(file(problem.path())));
        problem.findPosition().ifPresent(p -> props.append(",line=").append(p.line()).append(",col=")
                .append(p.column()));
        props.append(",title=").append(property("claimcheck: " + problem.code()));
        String command = problem.isError() ? "error" : "warning";
        out.write("::" + command + " " + props + "::" + data(problem.message()) + "\n");
    }

    private String file(String typedPath) {
        return root.relative(typedPath).orElse(typedPath);
    }

    /**
     * Escaping of a command's message, as the Actions toolkit does it; other control characters (terminal
     * escapes among them) become spaces, since the runner would print them raw into the log.
     */
    static String data(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> sb.append("%25");
                case '\r' -> sb.append("%0D");
                case '\n' -> sb.append("%0A");
                default -> sb.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return sb.toString();
    }

    /** Escaping of a property value, which additionally may not contain ':' or ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
