package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.report.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Mistakes and machine trouble end with a sentence and exit 2 (usage) or 6 (cannot write), never as an internal
 * error with a stack trace; everything here is found before any analysis, so no test loads the models.
 */
class OperationalErrorsTest {

    @TempDir
    Path dir;

    private CliRun check(String... more) {
        String[] args = new String[more.length + 4];
        args[0] = "check";
        args[1] = "--no-cache";
        args[2] = "corpus";
        args[3] = "--output=" + dir.resolve("out");
        System.arraycopy(more, 0, args, 4, more.length);
        return CliRun.of(args);
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains(message).doesNotContain("internal error").doesNotContain("\tat ")
                .doesNotContain("    at ").doesNotContain("Exception");
    }

    @Test
    void rejectsZeroThreadsBeforeAnyAnalysis() {
        assertUsage(check("--threads", "0"),
                "Invalid value for option '--threads': expected a whole number of worker threads from 1 to 1024, got 0");
        assertUsage(check("--threads", "many"), "expected a whole number of worker threads, at least 1, got \"many\"");
    }

    @Test
    void rejectsATimeBudgetOfNothing() {
        assertUsage(check("--input-timeout", "0"),
                "Invalid value for option '--input-timeout': expected a whole number of seconds above 0");
    }

    @Test
    void rejectsANegativeMaximumFileSize() {
        assertUsage(check("--max-file-size", "-5"),
                "Invalid value for option '--max-file-size': expected a size in bytes above 0");
        assertUsage(CliRun.of("extract", "--max-file-size", "0", "corpus"), "expected a size in bytes above 0");
    }

    @Test
    void rejectsAnUnknownFailOnLevelWithoutAJavaExceptionName() {
        CliRun run = check("--fail-on", "bogus");

        assertUsage(run, "Invalid value for option '--fail-on': unknown level \"bogus\": expected one of "
                + "contradicted, possible-conflict, ambiguous, unverifiable, none");
        assertThat(run.err()).doesNotContain("IllegalArgumentException").doesNotContain("cannot convert");
    }

    @Test
    void suggestsTheCommandMeantByATypo() {
        CliRun run = CliRun.of("chek", "corpus");

        assertUsage(run, "unknown command 'chek': expected one of check, extract");
        assertThat(run.err()).contains("Did you mean: claimcheck check");
    }

    @Test
    void refusesAnOutputFolderThatIsAFileBeforeAnyAnalysis() throws IOException {
        Path file = Files.writeString(dir.resolve("reports"), "not a folder");

        CliRun run = CliRun.of("check", "--no-cache", "corpus", "--output", file.toString());

        assertUsage(run, "the output folder " + file + " is a file: expected a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void refusesAnOutputFolderInsideAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "text");

        assertUsage(CliRun.of("check", "--no-cache", "corpus", "--output", file.resolve("reports").toString()),
                "cannot create the output folder " + file.resolve("reports") + ": " + file + " is a file, not a folder");
    }

    @Test
    void refusesAReadOnlyOutputFolder() throws IOException {
        Path out = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Permissions do not bind root; a kernel folder (Linux's /proc) refuses new files to everyone.
            Path locked = Files.isWritable(out) ? Path.of("/proc/1") : out;
            assumeTrue(!Files.isWritable(out) || Files.isDirectory(locked), "no folder this user cannot write");

            assertUsage(CliRun.of("check", "--no-cache", "corpus", "--output", locked.toString()),
                    "cannot write into the output folder " + locked + ": ");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void outputFolderCheckLeavesNothingBehind() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));

        assertThat(OutputFolder.problem(out)).isEmpty();
        assertThat(OutputFolder.problem(dir.resolve("new/deeper"))).isEmpty();
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(out);
        }
        assertThat(out).isEmptyDirectory();
    }

    @Test
    void singleFileOutputsAreCheckedBeforeAnyAnalysisToo() throws IOException {
        assertUsage(CliRun.of("extract", "corpus", "--output", dir.resolve("none/claims.json").toString()),
                "cannot write " + dir.resolve("none/claims.json") + ": its folder " + dir.resolve("none")
                        + " does not exist");
        assertUsage(CliRun.of("baseline", "corpus", "--write", dir.toString()),
                dir + " is a folder: expected the name of a file to write");
        assertThat(OutputFolder.problemForFile(dir.resolve("baseline.json"))).isEmpty();
    }

    @Test
    void namesAMissingBaselineFile() {
        assertUsage(check("--baseline", dir.resolve("none.json").toString()),
                "--baseline " + dir.resolve("none.json") + ": no such file");
    }

    @Test
    void aFullDiskIsAClearErrorWithItsOwnExitCode() {
        CommandLine cmd = Main.commandLine(CliRun.MODELS);
        cmd.addSubcommand("write", new FullDisk());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));

        int code = cmd.execute("write");

        assertThat(code).isEqualTo(ExitCode.CANNOT_WRITE.code()).isEqualTo(6);
        assertThat(err.toString()).isEqualTo("claimcheck: error: reports/claimcheck.json: No space left on device"
                + System.lineSeparator());
    }

    @Test
    void aFullDiskUnderTheRunIsTheSameClearError() {
        CommandLine cmd = Main.commandLine(CliRun.MODELS);
        cmd.addSubcommand("results", new FullDiskForResults());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err, true));

        assertThat(cmd.execute("results")).isEqualTo(ExitCode.CANNOT_WRITE.code());
        assertThat(err.toString()).isEqualTo("claimcheck: error: cannot write the run's results to a temporary file:"
                + " /tmp/claimcheck-results-1.bin: No space left on device" + System.lineSeparator());
    }

    @Command(name = "results")
    static final class FullDiskForResults implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new java.io.UncheckedIOException("cannot write the run's results to a temporary file",
                    new FileSystemException("/tmp/claimcheck-results-1.bin", null, "No space left on device"));
        }
    }

    @Command(name = "write")
    static final class FullDisk implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            throw new FileSystemException("reports/claimcheck.json", null, "No space left on device");
        }
    }

    @Test
    void changedSinceOutsideAGitWorkTreeSaysSo() {
        assertThatThrownBy(() -> ChangedFiles.since("HEAD~1", dir))
                .isInstanceOf(ChangedFiles.Unusable.class)
                .hasMessageStartingWith("--changed-since needs a git work tree, but " + dir + " is not inside one");
    }

    @Test
    void changedSinceAnUnknownRevisionExplainsShallowCheckouts() throws Exception {
        Path repo = gitRepo();

        assertThatThrownBy(() -> ChangedFiles.since("origin/main", repo))
                .isInstanceOf(ChangedFiles.Unusable.class)
                .hasMessageContaining("--changed-since origin/main: git does not know this revision")
                .hasMessageContaining("fetch-depth: 0");
        assertThatThrownBy(() -> ChangedFiles.since("--output=x", repo)).isInstanceOf(ChangedFiles.Unusable.class);
    }

    @Test
    void changedSinceAKnownRevisionKeepsChangedAndUntrackedArticles() throws Exception {
        Path repo = gitRepo();
        Files.writeString(repo.resolve("a.md"), "Changed in 2022.\n");
        Files.writeString(repo.resolve("new.md"), "New in 2023.\n");

        Discovery all = new Discovery(List.of(InputFile.of(repo.resolve("a.md"), "a.md"),
                InputFile.of(repo.resolve("b.md"), "b.md"), InputFile.of(repo.resolve("new.md"), "new.md")), List.of());
        Discovery kept = ChangedFiles.since("HEAD", repo).filter(all);

        assertThat(kept.files()).extracting(InputFile::path).containsExactly("a.md", "new.md");
    }

    private Path gitRepo() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("a.md"), "Written in 2021.\n");
        Files.writeString(repo.resolve("b.md"), "Written in 2021.\n");
        git(repo, "init", "-q");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
        return repo;
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }
}
