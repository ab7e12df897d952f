package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.files.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileFormatUnderItsName() throws IOException {
        Set<ReportFormat> files = EnumSet.noneOf(ReportFormat.class);
        for (ReportFormat f : ReportFormat.values()) {
            if (!f.printsToStream()) {
                files.add(f);
            }
        }
        Reports.writeAll(Scenarios.everyVerdict(), dir.resolve("out"), files);
        assertThat(names(dir.resolve("out"))).containsExactlyInAnyOrder("report.html", "claimcheck.json",
                "claimcheck.sarif", "junit.xml", "summary.md", "claims.csv", "claimreview.jsonld");
        assertThat(Files.readString(dir.resolve("out/claimcheck.json"), StandardCharsets.UTF_8))
                .isEqualTo(Render.render(ReportFormat.JSON, Scenarios.everyVerdict()));
    }

    @Test
    void refusesStreamFormatsAsFiles() {
        assertThatThrownBy(() -> Reports.writeAll(Scenarios.empty(), dir, EnumSet.of(ReportFormat.JSON,
                ReportFormat.GITHUB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("github");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void refusesAFileNameThatEscapesTheOutputDirectory() {
        for (String name : List.of("../report.html", "sub/../../x", "/etc/passwd", "..", "", "a/b.html")) {
            assertThatThrownBy(() -> Reports.resolveInside(dir, name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the output directory");
        }
        assertThat(Reports.resolveInside(dir, "report.html")).isEqualTo(dir.toAbsolutePath().resolve("report.html"));
    }

    @Test
    void failingRendererLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("claimcheck.json");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"half\": ");
            throw new IOException("renderer failed half-way");
        })).hasMessage("renderer failed half-way");
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void failingRendererKeepsThePreviousReport() throws IOException {
        Path target = dir.resolve("summary.md");
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("new but incomplete");
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(names(dir)).containsExactly("summary.md");
    }

    @Test
    void replacesAnExistingReportWhole() throws IOException {
        Path target = dir.resolve("summary.md");
        Files.writeString(target, "previous and much longer than the new content");
        AtomicFiles.write(target, out -> out.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names(dir)).containsExactly("summary.md");
    }

    private static List<String> names(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
