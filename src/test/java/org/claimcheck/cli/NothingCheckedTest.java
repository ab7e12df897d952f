package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gate never passes on nothing, and a mistake in the inputs never replaces the last reports with empty ones.
 * No test here reaches the models: every run stops before analysis or has no article to analyse.
 */
class NothingCheckedTest {

    @TempDir
    Path dir;

    private Path reports;
    private Path cache;

    @BeforeEach
    void previousReports() throws IOException {
        reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("claimcheck.json"), "the last run's report");
        // An existing cache folder: the models are loaded only when an article needs them, and none will.
        cache = Files.createDirectories(dir.resolve("cache"));
    }

    private CliRun check(String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "check";
        args[1] = "--cache-dir";
        args[2] = cache.toString();
        args[3] = "--output";
        args[4] = reports.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.of(args);
    }

    private void assertReportsUntouched() throws IOException {
        assertThat(Files.readString(reports.resolve("claimcheck.json"))).isEqualTo("the last run's report");
        try (var files = Files.list(reports)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aMistypedPathIsAUsageErrorThatLeavesTheReportsAlone() throws IOException {
        Files.createDirectories(dir.resolve("articles"));

        CliRun run = check(dir.resolve("articels").toString(), dir.resolve("articles").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no such file or directory: " + dir.resolve("articels"));
        assertReportsUntouched();
    }

    @Test
    void aMissingFileListIsAUsageErrorToo() throws IOException {
        CliRun run = check("--files-from", dir.resolve("list.txt").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no such file or directory: " + dir.resolve("list.txt"));
        assertReportsUntouched();
    }

    @Test
    void anEmptyFolderFailsSayingItHoldsNoArticle() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.pdf"), "not an article");

        CliRun run = check(empty.toString(), "--format", "json,text", "--no-fail-on-error");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no article to check: " + empty + " holds no .txt, .md");
        assertReportsUntouched();
    }

    @Test
    void anIncludeGlobMatchingNothingFailsNamingTheGlob() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.md"), "Trade rose in 2021.\n");

        CliRun run = check(articles.toString(), "--include", "*.mdx");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("matching --include *.mdx");
        assertReportsUntouched();
    }

    @Test
    void everyInputFailingNeverPassesEvenWithNoFailOnError() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("empty.md"), "");
        Files.write(articles.resolve("binary.txt"), new byte[] {'a', 0, 'b'});

        CliRun run = check(articles.toString(), "--format", "json", "--no-fail-on-error");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_PROBLEMS.code());
        assertThat(run.err()).contains("empty.md: error: input is empty")
                .contains("no article was checked: every input failed");
        assertThat(Files.readString(reports.resolve("claimcheck.json"))).contains("empty-input", "binary-input");
    }

    @Test
    void changedSinceWithNothingChangedPassesAndSaysSo() throws Exception {
        Process git = new ProcessBuilder("git", "diff", "--quiet", "HEAD", "--", "corpus").start();
        assumeTrue(git.waitFor() == 0, "corpus/ is unchanged in a git work tree");

        CliRun run = check("corpus", "--changed-since", "HEAD", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.err()).contains("no article changed since HEAD: nothing to check");
        assertThat(Files.readString(reports.resolve("claimcheck.json"))).contains("\"articles\": 0");
    }
}
