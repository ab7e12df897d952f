package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reference folder with a {@code series/manifest.csv} loads its series with its tables, all or nothing. */
class SeriesInReferenceFolderTest {

    private static final String MANIFEST = "attribute,title,file,layout,unit,unit_kind,scale,phrases,source,licence,"
            + "vintage,subject_columns,note\n"
            + "unemployment-rate,Unemployment rate,u.csv,wide,%,percent,,unemployment rate,Office,,,,\n";

    @TempDir
    Path dir;

    @Test
    void loadsTheSeriesBesideTheTables() throws IOException {
        new TableFixture(dir).load();
        writeSeries("Date,GBR\n2020,4.5\n");

        LoadResult loaded = ReferenceLoader.load(dir);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.index().facts()).hasSize(2);
        assertThat(loaded.series().requireSeries("GBR", "unemployment-rate").findValue(2020)).hasValue(4.5);
    }

    @Test
    void aBrokenSeriesFileMakesTheWholeFolderInvalid() throws IOException {
        new TableFixture(dir).load();
        writeSeries("Date,GBR\n2020,4,5\n");

        LoadResult loaded = ReferenceLoader.load(dir);

        assertThat(loaded.isValid()).isFalse();
        assertThat(loaded.index()).isSameAs(ReferenceIndex.EMPTY);
        assertThat(loaded.problems()).extracting(Problem::code).containsExactly("wrong-cell-count");
    }

    @Test
    void withoutAManifestTheFingerprintAndTablesAreAsBefore() throws IOException {
        new TableFixture(dir).load();
        LoadResult without = ReferenceLoader.load(dir);
        writeSeries("Date,GBR\n2020,4.5\n");
        LoadResult with = ReferenceLoader.load(dir);

        assertThat(without.series().isEmpty()).isTrue();
        assertThat(with.fingerprint()).isNotEqualTo(without.fingerprint());
        assertThat(with.index().subjects()).isEqualTo(without.index().subjects());
    }

    private void writeSeries(String wide) throws IOException {
        Path series = Files.createDirectories(dir.resolve("series"));
        Files.writeString(series.resolve("manifest.csv"), MANIFEST);
        Files.writeString(series.resolve("subjects.csv"), "code,name,aliases,note\nGBR,United Kingdom,,\n");
        Files.writeString(series.resolve("u.csv"), wide);
    }
}
