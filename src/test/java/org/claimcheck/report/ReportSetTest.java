package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.result.StoredArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report files of a run replace the previous run's as a set, and what a crashed run left is cleaned up. */
class ReportSetTest {

    /** A process id no system hands out (Linux stops at 2^22): the process that left a folder is gone. */
    private static final long DEAD_PID = 999_999_999L;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("reports");
    }

    private static Set<ReportFormat> allFiles() {
        Set<ReportFormat> files = EnumSet.noneOf(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) {
            if (!f.printsToStream()) {
                files.add(f);
            }
        }
        return files;
    }

    @Test
    void aFormatFailingHalfWayKeepsThePreviousSetWholeAndLeavesNoStagingFolder() throws IOException {
        Reports.writeAll(Scenarios.empty(), out(), allFiles());
        String oldJson = Files.readString(out().resolve("claimcheck.json"));
        String oldJunit = Files.readString(out().resolve("junit.xml"));

        RunResult junitFails = failingFor(JunitReport.class, Scenarios.everyVerdict());
        assertThatThrownBy(() -> Reports.writeAll(junitFails, out(), allFiles()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");

        assertThat(Files.readString(out().resolve("claimcheck.json"))).isEqualTo(oldJson);
        assertThat(Files.readString(out().resolve("junit.xml"))).isEqualTo(oldJunit);
        assertThat(names(dir)).containsExactly("reports");
        assertThat(names(out())).hasSize(7).allMatch(n -> !n.startsWith("."));
    }

    @Test
    void replacesTheWholeSetAndRemovesReportsOfFormatsNotWrittenThisRun() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve(".gitkeep"), "");
        Files.writeString(out().resolve("notes.txt"), "mine");
        Reports.writeAll(Scenarios.empty(), out(), allFiles());

        Reports.writeAll(Scenarios.everyVerdict(), out(), EnumSet.of(ReportFormat.JSON, ReportFormat.SARIF));

        assertThat(names(out())).containsExactlyInAnyOrder(".gitkeep", "notes.txt", "claimcheck.json",
                "claimcheck.sarif");
        assertThat(Files.readString(out().resolve("claimcheck.json")))
                .isEqualTo(Render.render(ReportFormat.JSON, Scenarios.everyVerdict()));
        assertThat(names(dir)).containsExactly("reports");
    }

    @Test
    void removesTheStagingFolderACrashedRunLeftAtTheNextRun() throws IOException {
        Files.createDirectories(out());
        Path leftover = Files.createDirectories(dir.resolve(".reports.claimcheck-staging-" + DEAD_PID + "-x"));
        Files.writeString(leftover.resolve("claimcheck.json"), "{\"half\": ");

        Reports.writeAll(Scenarios.everyVerdict(), out(), EnumSet.of(ReportFormat.JSON));

        assertThat(names(dir)).containsExactly("reports");
        assertThat(Files.readString(out().resolve("claimcheck.json")))
                .isEqualTo(Render.render(ReportFormat.JSON, Scenarios.everyVerdict()));
    }

    @Test
    void finishesTheSwitchOfASetACrashInterruptedHalfWayThroughTheRenames() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve("claimcheck.json"), "new");
        Files.writeString(out().resolve("junit.xml"), "old");
        Files.writeString(out().resolve("summary.md"), "old, not in the new set");
        Path leftover = Files.createDirectories(dir.resolve(".reports.claimcheck-staging-" + DEAD_PID + "-y"));
        Files.writeString(leftover.resolve("junit.xml"), "new");
        Files.writeString(leftover.resolve(".complete"), "claimcheck.json\njunit.xml\n");

        ReportSet.recover(out(), Set.of("claimcheck.json", "junit.xml", "summary.md"));

        assertThat(names(dir)).containsExactly("reports");
        assertThat(names(out())).containsExactlyInAnyOrder("claimcheck.json", "junit.xml");
        assertThat(Files.readString(out().resolve("junit.xml"))).isEqualTo("new");
    }

    @Test
    void followsAnOutputFolderThatIsASymbolicLinkSoTheRenamesStayOnItsFileSystem() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere/real-reports"));
        Path link = Files.createSymbolicLink(dir.resolve("reports"), real);

        Reports.writeAll(Scenarios.empty(), link, EnumSet.of(ReportFormat.JSON));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(real)).containsExactly("claimcheck.json");
        assertThat(names(dir.resolve("elsewhere"))).containsExactly("real-reports");
        assertThat(names(dir)).containsExactly("elsewhere", "reports");
    }

    @Test
    void leavesTheStagingFolderOfARunningProcessAlone() throws IOException {
        long running = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path other = Files.createDirectories(dir.resolve(".reports.claimcheck-staging-" + running + "-z"));

        Reports.writeAll(Scenarios.empty(), out(), EnumSet.of(ReportFormat.CSV));

        assertThat(other).isDirectory();
    }

    @Test
    void removesHiddenTemporaryFilesThatEarlierSingleFileWritesLeft() throws IOException {
        Files.createDirectories(out());
        Files.writeString(out().resolve(".claimcheck.json.8214905523384601187.tmp"), "{\"half");
        Files.writeString(out().resolve(".summary.md." + DEAD_PID + "-123.tmp"), "half");
        Files.writeString(out().resolve(".summary.md.mine.tmp"), "a file someone named so");

        Reports.writeAll(Scenarios.empty(), out(), EnumSet.of(ReportFormat.MARKDOWN));

        assertThat(names(out())).containsExactly(".summary.md.mine.tmp", "summary.md");
    }

    @Test
    void aSingleFileWriteRemovesTheTemporaryFileACrashedWriteOfItLeft() throws IOException {
        Path target = dir.resolve("claimcheck-baseline.json");
        Files.writeString(dir.resolve(".claimcheck-baseline.json." + DEAD_PID + "-42.tmp"), "half");
        Path running = dir.resolve(".claimcheck-baseline.json." + ProcessHandle.current().pid() + "-43.tmp");
        Files.writeString(running, "being written by this process");

        AtomicFiles.write(target, w -> w.write("{}"));

        assertThat(names(dir)).containsExactlyInAnyOrder("claimcheck-baseline.json", running.getFileName().toString());
    }

    /** A run whose articles cannot be read back while {@code renderer} renders them, as when a disk fails. */
    private static RunResult failingFor(Class<?> renderer, RunResult run) {
        List<ArticleResult> articles = run.articles();
        StoredArticles failing = new StoredArticles() {
            @Override
            public ArticleResult get(int index) {
                boolean inRenderer = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                        .walk(frames -> frames.anyMatch(f -> f.getDeclaringClass() == renderer));
                if (inRenderer && index == size() - 1) {
                    throw new UncheckedIOException(new IOException("disk gone"));
                }
                return articles.get(index);
            }

            @Override
            public int size() {
                return articles.size();
            }
        };
        return new RunResult(run.toolVersion(), failing, run.problems());
    }

    private static List<String> names(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
