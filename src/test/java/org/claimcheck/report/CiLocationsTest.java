package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.report.RunBuilder.article;
import static org.claimcheck.report.RunBuilder.claim;
import static org.claimcheck.report.RunBuilder.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.RunResult;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** File locations CI tools can resolve: SARIF and annotations relative to the repository root, JUnit names. */
class CiLocationsTest {

    private static final Path REPO = Path.of("/work/repo");
    /** claimcheck ran in a subfolder of the repository. */
    private static final SourceRoot ROOT = new SourceRoot(REPO, REPO.resolve("site"));

    private static RunResult articlesAt(String... paths) {
        RunBuilder run = run();
        int n = 0;
        for (String path : paths) {
            run.article(article("a" + n++, "The treaty was signed in 2003.\n").path(path)
                    .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.CONTRADICTED, "signed in 2001")));
        }
        return run.build();
    }

    private static String render(ReportFormat format, RunResult run) throws IOException {
        StringWriter out = new StringWriter();
        Reports.write(run, format, out, ROOT);
        return out.toString();
    }

    @Test
    void sarifLocationsAreRelativeToTheRepositoryRootWhateverPathWasTyped() throws IOException {
        RunResult run = articlesAt("articles/a.md", "./articles/b.md", "/work/repo/site/articles/c.md",
                "../docs/d.md", "/tmp/outside.md");

        JsonNode sarif = new ObjectMapper().readTree(render(ReportFormat.SARIF, run)).at("/runs/0");

        List<String> locations = new ArrayList<>();
        for (JsonNode result : sarif.get("results")) {
            JsonNode location = result.at("/locations/0/physicalLocation/artifactLocation");
            locations.add(location.get("uri").asText() + " " + location.path("uriBaseId").asText("-"));
        }
        assertThat(locations).containsExactly("site/articles/a.md %SRCROOT%", "site/articles/b.md %SRCROOT%",
                "site/articles/c.md %SRCROOT%", "docs/d.md %SRCROOT%", "file:///tmp/outside.md -");
        assertThat(sarif.at("/originalUriBaseIds/%SRCROOT%/description/text").asText()).contains("repository");
    }

    @Test
    void sarifNotificationsAreRelativeToTheRootToo() throws IOException {
        RunResult run = run().problem(Problem.error("invalid-utf8", "articles/bad.md", "invalid UTF-8")).build();

        JsonNode sarif = new ObjectMapper().readTree(render(ReportFormat.SARIF, run));

        assertThat(sarif.at("/runs/0/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation"
                + "/artifactLocation/uri").asText()).isEqualTo("site/articles/bad.md");
    }

    @Test
    void githubAnnotationsNameFilesRelativeToTheRepositoryRoot() throws IOException {
        String lines = render(ReportFormat.GITHUB, articlesAt("./articles/a.md", "/tmp/outside.md"));

        assertThat(lines).contains("::error file=site/articles/a.md,line=1").contains("::error file=/tmp/outside.md,");
    }

    @Test
    void junitGivesEachArticleOfAJsonLinesFileItsOwnSuiteAndClassNamesWithoutDots() throws IOException {
        RunResult run = run()
                .article(article("feeds/news.v2.jsonl#a1", "The treaty was signed in 2003.\n")
                        .path("feeds/news.v2.jsonl")
                        .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.CONTRADICTED, "2001")))
                .article(article("feeds/news.v2.jsonl#a2", "The treaty was signed in 2003.\n")
                        .path("feeds/news.v2.jsonl")
                        .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.CONTRADICTED, "2001")))
                .article(article("articles/energy-axis.md", "The treaty was signed in 2003.\n")
                        .path("articles/energy-axis.md")
                        .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.SUPPORTED, "2003")))
                .build();

        String xml = render(ReportFormat.JUNIT, run);

        assertThat(all(xml, "<testsuite name=\"([^\"]*)\"")).containsExactly("feeds/news.v2.jsonl#a1",
                "feeds/news.v2.jsonl#a2", "articles/energy-axis.md");
        assertThat(all(xml, "classname=\"([^\"]*)\"")).containsExactly("feeds/news_v2_jsonl#a1",
                "feeds/news_v2_jsonl#a2", "articles/energy-axis_md");
    }

    private static List<String> all(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
