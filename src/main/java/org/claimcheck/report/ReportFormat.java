package org.claimcheck.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The report formats, each with the file it is written to, or none for formats printed to a stream. */
public enum ReportFormat {
    HTML("report.html", HtmlReport::new),
    JSON("claimcheck.json", JsonReport::new),
    SARIF("claimcheck.sarif", SarifReport::new),
    JUNIT("junit.xml", JunitReport::new),
    MARKDOWN("summary.md", MarkdownReport::new),
    CSV("claims.csv", CsvReport::new),
    CLAIMREVIEW("claimreview.jsonld", ClaimReviewReport::new),
    /** GitHub Actions workflow commands (annotations), printed to standard output. */
    GITHUB(null, GithubReport::new),
    /** Compiler-style lines and a total, printed to a terminal. */
    TEXT(null, TextReport::new);

    private final String fileName;
    private final Supplier<ReportRenderer> renderer;

    ReportFormat(String fileName, Supplier<ReportRenderer> renderer) {
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

    public ReportRenderer renderer() {
        return renderer.get();
    }

    /** Lower-case name for options and messages ("sarif"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
