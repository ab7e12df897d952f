package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.series.owid.OwidFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refs import owid SRC --out DIR}, then {@code refs validate} and {@code refs stats} on what it wrote. */
class RefsImportOwidTest {

    @TempDir
    Path dir;

    @Test
    void importsAFolderThatValidatesWithTheBundledTables() {
        Path src = OwidFixture.write(dir.resolve("src"));
        Path out = dir.resolve("refs");

        CliRun imported = CliRun.of("refs", "import", "owid", src.toString(), "--out", out.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains(out + ": imported 2 series (1 with curated phrases, 1 with phrases from"
                + " their titles), 5 subjects");
        assertThat(imported.out()).contains(out + ": valid: 5 series, 7 figures");
        assertThat(imported.err()).contains("warning: " + src.resolve("country_codes.yaml") + ": no name for code"
                + " XKX");
        assertThat(out.resolve("subjects.csv")).exists();
        CliRun validated = CliRun.of("refs", "validate", out.toString());
        assertThat(validated.exitCode()).isZero();
        assertThat(validated.out()).contains(out + ": valid: 2 series attributes, 5 series subjects, 5 series,"
                + " 7 figures");
    }

    @Test
    void statsPrintsTheSizeTheLoadTimeAndTheHeap() {
        Path out = dir.resolve("refs");
        CliRun.of("refs", "import", "owid", OwidFixture.write(dir.resolve("src")).toString(), "--out",
                out.toString());

        CliRun stats = CliRun.of("refs", "stats", out.toString());

        assertThat(stats.exitCode()).isZero();
        assertThat(stats.out()).contains("2 series attributes, 5 series subjects, 5 series, 7 figures")
                .containsPattern("series load time: \\d+ ms")
                .containsPattern("heap used after loading the series: [\\d.]+ MB, of which the series: [\\d.-]+ MB");
    }

    @Test
    void aBrokenSourceExitsWithInvalidReferencesAndNamesTheLine() throws Exception {
        Path src = OwidFixture.write(dir.resolve("src"));
        Files.writeString(src.resolve("country_codes.yaml"), "GBR:\n- United Kingdom\n  name: x\n");

        CliRun run = CliRun.of("refs", "import", "owid", src.toString(), "--out", dir.resolve("refs").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_REFERENCES.code());
        assertThat(run.err()).contains(src.resolve("country_codes.yaml") + ":3:1: error: cannot read \"name: x\"");
    }

    @Test
    void aBrokenSeriesFileFailsValidationWithItsPosition() throws Exception {
        Path out = dir.resolve("refs");
        CliRun.of("refs", "import", "owid", OwidFixture.write(dir.resolve("src")).toString(), "--out",
                out.toString());
        Files.writeString(out.resolve("series/data/unemployment-rate.csv"), "Date,GBR\n2019,3.8\n2019,3.9\n");

        CliRun run = CliRun.of("refs", "validate", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_REFERENCES.code());
        assertThat(run.out()).contains(out.resolve("series/data/unemployment-rate.csv") + ":3:1: error: duplicate"
                + " period 2019");
    }

    @Test
    void requiresTheOutputFolder() {
        CliRun run = CliRun.of("refs", "import", "owid", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    }
}
