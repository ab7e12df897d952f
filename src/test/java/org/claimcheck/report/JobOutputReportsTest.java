package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.claimcheck.cli.Main;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.job.FindingsLine;
import org.claimcheck.job.JobOutput;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimcheck report --from} on a job output folder written line by line as the Spark job writes it: the
 * same reports and exit codes as for the run itself, and errors that name the file and line.
 */
class JobOutputReportsTest {

    @TempDir
    Path tmp;

    /** A job output folder holding {@code run}'s articles, shuffled over two part files as partitions do. */
    private Path jobOutput(RunResult run) throws IOException {
        Path dir = tmp.resolve("job");
        Path findings = Files.createDirectories(dir.resolve(JobOutput.FINDINGS));
        List<String> lines = new ArrayList<>();
        for (ArticleResult a : run.articles()) {
            lines.add(FindingsLine.of(a, run.toolVersion()));
        }
        Collections.reverse(lines);
        int half = lines.size() / 2;
        Files.write(findings.resolve("part-00000"), lines.subList(0, half));
        Files.write(findings.resolve("part-00001"), lines.subList(half, lines.size()));
        Files.writeString(findings.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve(JobOutput.SUMMARY), "{\"tool\":{\"name\":\"claimcheck\",\"version\":\""
                + run.toolVersion() + "\"},\"articles\":" + run.articles().size() + "}");
        return dir;
    }

    /** The run as the job sees it: it has no run-level problems, those come from a local discovery. */
    private static RunResult articlesOnly(RunResult run) {
        return new RunResult(run.toolVersion(), run.articles(), List.of());
    }

    private static RunResult twoArticles() {
        RunResult verdicts = Scenarios.everyVerdict();
        List<ArticleResult> articles = new ArrayList<>(verdicts.articles());
        articles.addAll(Scenarios.hostile().articles());
        articles.add(new ArticleResult("zz-broken.txt", "corpus/zz-broken.txt", ArticleMeta.NONE,
                ArticleStatus.FAILED, "", List.of(), List.of(Problem.error("invalid-utf8", "corpus/zz-broken.txt",
                        "not valid UTF-8 at byte 3"))));
        articles.sort(java.util.Comparator.comparing(ArticleResult::id)); // as every run hands them on
        return new RunResult("9.9.9-test", articles, List.of());
    }

    @Test
    void rendersEveryFormatFromTheJobOutputAsFromTheRunItself() throws Exception {
        // Not the control-character scenario: its lone surrogate cannot come out of ingest, which decodes
        // strict UTF-8, and no UTF-8 file (the job's findings included) can hold one.
        for (RunResult run : List.of(Scenarios.everyVerdict(), Scenarios.hostile(), Scenarios.unresolvedValue(),
                twoArticles())) {
            RunResult original = articlesOnly(run);
            RunResult read = JobOutput.read(jobOutput(original));
            assertThat(read.toolVersion()).isEqualTo(original.toolVersion());
            for (ReportFormat format : ReportFormat.values()) {
                assertThat(Render.render(format, read)).as(format.label())
                        .isEqualTo(Render.render(format, original));
            }
            deleteJob();
        }
    }

    private void deleteJob() throws IOException {
        try (var files = Files.walk(tmp.resolve("job"))) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void writesTheSameReportFilesAndGatesWithTheExitCodesOfCheck() throws Exception {
        RunResult run = twoArticles();
        Path job = jobOutput(run);
        Path expected = tmp.resolve("expected");
        Reports.writeAll(run, expected, EnumSet.complementOf(EnumSet.of(ReportFormat.TEXT, ReportFormat.GITHUB)));

        Cli gated = cli("report", "--from", job.toString(), "-o", tmp.resolve("out").toString());
        assertThat(gated.code).as(gated.err).isEqualTo(4);
        assertThat(gated.out).isEqualTo(Render.render(ReportFormat.TEXT, run));
        assertThat(gated.err).contains("14 claims in 3 articles; 2 fail the gate (--fail-on contradicted)");
        try (var files = Files.list(expected)) {
            for (Path file : files.toList()) {
                assertThat(tmp.resolve("out").resolve(file.getFileName())).as(file.getFileName().toString())
                        .hasSameBinaryContentAs(file);
            }
        }
        // the failed article is an input problem: exit 5 unless told to pass over it, as for check
        assertThat(cli("report", "--from", job.toString(), "-o", tmp.resolve("out").toString(), "--fail-on",
                "none").code).isEqualTo(5);
        assertThat(cli("report", "--from", job.toString(), "-o", tmp.resolve("out").toString(), "--fail-on",
                "none", "--no-fail-on-error").code).isZero();
        assertThat(cli("report", "--from", job.toString(), "-f", "github", "--fail-on", "ambiguous").code)
                .isEqualTo(4);
    }

    @Test
    void aJobInWhichEveryInputFailedNeverPasses() throws Exception {
        RunResult run = new RunResult("1", List.of(twoArticles().articles().get(2)), List.of());
        Cli result = cli("report", "--from", jobOutput(run).toString(), "-f", "text", "--no-fail-on-error");
        assertThat(result.code).isEqualTo(5);
        assertThat(result.err).contains("no article was checked");
    }

    @Test
    void namesTheFileAndLineOfAMalformedFindingsLine() throws Exception {
        Path job = jobOutput(twoArticles());
        Path part = job.resolve("findings/part-00001");
        List<String> lines = new ArrayList<>(Files.readAllLines(part));
        lines.set(1, lines.get(1).substring(0, lines.get(1).length() / 2));
        Files.write(part, lines);

        Cli result = cli("report", "--from", job.toString(), "-o", tmp.resolve("out").toString());

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).startsWith("claimcheck: " + part + ":2: error: not JSON");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAResultThatWasAlteredAfterTheJobWroteIt() throws Exception {
        Path job = jobOutput(twoArticles());
        Path part = job.resolve("findings/part-00000");
        String line = Files.readAllLines(part).get(0);
        int at = line.indexOf("\"" + FindingsLine.RESULT + "\":\"") + FindingsLine.RESULT.length() + 40;
        char changed = line.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(part, line.substring(0, at) + changed + line.substring(at + 1) + "\n");

        Cli result = cli("report", "--from", job.toString(), "-f", "text");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains(part + ":1: error: field \"result\": checksum mismatch");
    }

    @Test
    void refusesAMissingFolderAndAnUnfinishedJob() throws Exception {
        Cli missing = cli("report", "--from", tmp.resolve("nowhere").toString(), "-f", "text");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err).contains(tmp.resolve("nowhere") + ": no such folder");

        Path job = jobOutput(twoArticles());
        Files.delete(job.resolve(JobOutput.SUMMARY));
        Cli unfinished = cli("report", "--from", job.toString(), "-f", "text");
        assertThat(unfinished.code).isEqualTo(2);
        assertThat(unfinished.err).contains(job + ": no summary.json");

        Cli noFrom = cli("report", "-f", "text");
        assertThat(noFrom.code).isEqualTo(2);
        assertThat(noFrom.err).contains("Missing required option: '--from=DIR'");
    }

    @Test
    void refusesAJobThatCheckedNothing() throws Exception {
        Cli result = cli("report", "--from", jobOutput(new RunResult("1", List.of(), List.of())).toString());
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("the job found no article to check");
    }

    @Test
    void refusesTheSameArticleTwice() throws Exception {
        RunResult run = twoArticles();
        Path job = jobOutput(run);
        Files.writeString(job.resolve("findings/part-00002"), FindingsLine.of(run.articles().get(0), "x") + "\n");

        Cli result = cli("report", "--from", job.toString(), "-f", "text");

        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("part-00002:1: error: article " + run.articles().get(0).id()
                + " appears twice");
    }

    private record Cli(int code, String out, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

}
