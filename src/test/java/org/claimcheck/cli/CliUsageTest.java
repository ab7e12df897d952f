package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.gate.FailOn;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Option;

/** The command line without any NLP: help, version, usage errors and reference-table validation. */
class CliUsageTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndEveryExitCode() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("check", "extract", "refs", "baseline", "Exit codes:");
        String help = run.out().replaceAll("\\s+", " ");
        for (ExitCode code : ExitCode.values()) {
            assertThat(help).contains(code.code() + " " + code.meaning());
        }
    }

    @Test
    void printsTheVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("claimcheck ").doesNotContain("unknown");
    }

    @Test
    void rejectsAnUnknownOptionAsAUsageError() {
        CliRun run = CliRun.of("check", "--no-such-option", "corpus");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--no-such-option").contains("--help");
    }

    @Test
    void rejectsAnUnknownFormatNamingTheKnownOnes() {
        CliRun run = CliRun.of("check", "--format", "pdf", "corpus");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("unknown format \"pdf\": expected one of html, json, sarif");
    }

    @Test
    void rejectsAnUnknownFailOnLevel() {
        CliRun run = CliRun.of("check", "--fail-on", "sometimes", "corpus");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err())
                .contains("expected one of contradicted, possible-conflict, ambiguous, unverifiable, none");
    }

    @Test
    void failOnDefaultsToContradictedWhichLetsPossibleConflictsPass() throws NoSuchFieldException {
        Option option = ReportOptions.class.getDeclaredField("failOn").getAnnotation(Option.class);

        assertThat(option.defaultValue()).isEqualTo("contradicted");
        FailOn byDefault = new FailOnConverter().convert(option.defaultValue());
        assertThat(byDefault.fails(Verdict.CONTRADICTED)).isTrue();
        assertThat(byDefault.fails(Verdict.POSSIBLE_CONFLICT)).isFalse();
        FailOn strict = new FailOnConverter().convert("possible-conflict");
        assertThat(strict).isEqualTo(FailOn.POSSIBLE_CONFLICT);
        assertThat(strict.fails(Verdict.POSSIBLE_CONFLICT)).isTrue();
    }

    @Test
    void checkHelpListsEveryFailOnLevel() {
        CliRun run = CliRun.of("check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("contradicted, possible-conflict (and contradicted), "
                + "ambiguous (and both), unverifiable (and all three), or none (default: contradicted)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "extract", "baseline", "refs suggest"})
    void everyCommandThatReadsArticlesAsksForInputTheSameWayWhenNoneIsNamed(String command) {
        CliRun run = CliRun.of(command.split(" "));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no input: name files, directories, @LIST or - for standard input");
    }

    @Test
    void validatesTheBundledReferenceTables() {
        CliRun run = CliRun.of("refs", "validate", "reference-data");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("reference-data: valid:");
    }

    @Test
    void reportsEveryTableErrorWithFileLineAndColumnAndExits3() throws IOException {
        copyTables(dir);
        Path facts = dir.resolve("facts-broken.csv");
        Files.writeString(facts, "subject_id,attribute,value,period,tolerance,source,vintage,note\n"
                + "power-of-siberia,began-operations,2019-13-02,,,https://example.org,2019-12-02,\n");

        CliRun run = CliRun.of("refs", "validate", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_REFERENCES.code());
        assertThat(run.out()).contains(facts + ":2:35: error:");
    }

    @Test
    void checkRefusesToRunOnInvalidTables() throws IOException {
        copyTables(dir);
        Files.writeString(dir.resolve("facts-broken.csv"),
                "subject_id,attribute,value,period,tolerance,source,vintage,note\n"
                        + "no-such-subject,signed,2001-07-16,,,https://example.org,2001-07-16,\n");

        CliRun run = CliRun.of("check", "--refs", dir.toString(), "--output", dir.resolve("out").toString(),
                "corpus");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_REFERENCES.code());
        assertThat(run.err()).contains("unknown subject \"no-such-subject\"").contains("nothing was checked");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    static void copyTables(Path target) throws IOException {
        try (var files = Files.list(Path.of("reference-data"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
