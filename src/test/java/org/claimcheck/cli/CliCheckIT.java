package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}, {@code extract} and {@code baseline} end to end, in-process, with the real CoreNLP models. */
class CliCheckIT {

    @TempDir
    Path dir;

    private Path reports() {
        return dir.resolve("reports");
    }

    @Test
    void failsTheGateOnThePlantedErrorsAndStillWritesEveryReport() {
        CliRun run = CliRun.of("check", "--no-cache", "corpus", "--output", reports().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(run.out()).contains("corpus/test-wrong-facts.md:12:170: contradicted:");
        assertThat(reports().resolve("report.html")).isNotEmptyFile();
        for (String name : new String[] {"claimcheck.json", "claimcheck.sarif", "junit.xml", "summary.md",
            "claims.csv", "claimreview.jsonld"}) {
            assertThat(reports().resolve(name)).isNotEmptyFile();
        }
    }

    @Test
    void passesTheGateWithoutTheTestArticle() {
        CliRun run = CliRun.of("check", "--no-cache", "corpus", "--exclude", "test-wrong-facts.md", "--output",
                reports().toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(reports().resolve("claimcheck.json")).isNotEmptyFile();
        assertThat(reports().resolve("report.html")).doesNotExist();
    }

    @Test
    void failOnNoneNeverFailsTheGate() {
        CliRun run = CliRun.of("check", "--no-cache", "corpus", "--fail-on", "none", "--output", reports().toString(),
                "--format", "text");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void keepsGoingWhenOneArticleIsUnreadableAndExits5() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("corpus/energy-axis.md"), articles.resolve("energy-axis.md"));
        Files.write(articles.resolve("broken.txt"), new byte[] {'A', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        CliRun run = CliRun.of("check", "--no-cache", articles.toString(), "--output", reports().toString(), "--format",
                "json,text");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_PROBLEMS.code());
        assertThat(run.out()).contains("broken.txt:1:3: error:");
        assertThat(reports().resolve("claimcheck.json")).content().contains("energy-axis.md", "2 December 2019");
    }

    @Test
    void noFailOnErrorReportsTheProblemButExits0() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("empty.md"), "");
        // One article must be checked: a run in which every input failed never exits 0.
        Files.copy(Path.of("corpus/energy-axis.md"), articles.resolve("energy-axis.md"));

        CliRun run = CliRun.of("check", "--no-cache", articles.toString(), "--no-fail-on-error", "--output", reports().toString(),
                "--format", "text");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("empty.md");
    }

    @Test
    void baselineAcceptsReviewedClaimsButNotNewOnes() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path article = articles.resolve("wrong.md");
        Files.copy(Path.of("corpus/test-wrong-facts.md"), article);
        Path baseline = dir.resolve("baseline.json");

        CliRun written = CliRun.of("baseline", articles.toString(), "--write", baseline.toString());
        assertThat(written.exitCode()).isZero();
        CliRun accepted = CliRun.of("check", "--no-cache", articles.toString(), "--baseline", baseline.toString(), "--output",
                reports().toString(), "--format", "text");
        assertThat(accepted.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(accepted.err()).contains("5 accepted by the baseline");

        // An edit elsewhere keeps the reviewed claims accepted; a new wrong claim fails the gate.
        Files.writeString(article, Files.readString(article).replace("\n## ", "\nA new opening line.\n\n## ")
                + "\nThe Power of Siberia pipeline began operations in 2015.\n");
        CliRun edited = CliRun.of("check", "--no-cache", articles.toString(), "--baseline", baseline.toString(), "--output",
                reports().toString(), "--format", "text");
        assertThat(edited.exitCode()).isEqualTo(ExitCode.GATE_FAILED.code());
        assertThat(edited.err()).contains("1 fail the gate").contains("5 accepted by the baseline");
    }

    @Test
    void extractListsClaimsAsJson() {
        CliRun run = CliRun.of("extract", "corpus/energy-axis.md", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"text\" : \"2 December 2019\"", "\"value\" : \"2019-12-02\"");
    }
}
