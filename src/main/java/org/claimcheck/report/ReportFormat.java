package org.claimcheck.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The report formats, each with the file it is written to, or none for formats printed to a stream. */
public enum ReportFormat {
    HTML("report.html", root -> new HtmlReport()),
    JSON("claimcheck.json", root -> new JsonReport()),
    /** Locations relative to the repository root ({@code %SRCROOT%}), whatever path was typed. */
    SARIF("claimcheck.sarif", SarifReport::new),
    JUNIT("junit.xml", root -> new JunitReport()),
    MARKDOWN("summary.md", root -> new MarkdownReport()),
    CSV("claims.csv", root -> new CsvReport()),
    CLAIMREVIEW("claimreview.jsonld", root -> new ClaimReviewReport()),
    /** GitHub Actions workflow commands (annotations), printed to standard output; files relative to the root. */
    GITHUB(null, GithubReport::new),
    /** Compiler-style lines and a total, printed to a terminal. */
    TEXT(null, root -> new TextReport());

    private final String fileName;
    private final Function<SourceRoot, ReportRenderer> renderer;

    ReportFormat(String fileName, Function<SourceRoot, ReportRenderer> renderer) {
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /** The file name inside the output directory, empty for formats printed to a stream. */
    public Optional<String> findFileName() {
        return Optional.ofNullable(fileName);
    }

    public String requireFileName() {
        return findFileName().orElseThrow(() -> new IllegalArgumentException(
                label() + " reports print to a stream and have no file name"));
    }

    public boolean printsToStream() {
        return fileName == null;
    }

    /** The renderer, for paths relative to the current folder. */
    public ReportRenderer renderer() {
        return renderer(SourceRoot.currentFolder());
    }

    /** The renderer; formats read by code-scanning tools give file locations relative to {@code root}. */
    public ReportRenderer renderer(SourceRoot root) {
        return renderer.apply(root);
    }

    /** Lower-case name for options and messages ("sarif"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
