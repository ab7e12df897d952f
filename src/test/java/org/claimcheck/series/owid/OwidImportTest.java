package org.claimcheck.series.owid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.SeriesLoad;
import org.claimcheck.series.SeriesLoader;
import org.claimcheck.series.SeriesSubject;
import org.claimcheck.series.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwidImportTest {

    @TempDir
    Path dir;

    @Test
    void writesAFolderTheSeriesLoaderReads() throws Exception {
        Path src = OwidFixture.write(dir.resolve("src"));
        Path out = dir.resolve("out");

        ImportSummary summary = OwidImport.run(new ImportSettings(src, out, Optional.empty(), "2025-03-01"));

        assertThat(summary.attributes()).isEqualTo(2);
        assertThat(summary.curated()).isEqualTo(1);
        assertThat(summary.warnings()).containsExactly(src.resolve("country_codes.yaml")
                + ": no name for code XKX, which data files use; named by its code");
        SeriesLoad load = SeriesLoader.load(out);
        assertThat(load.problems()).isEmpty();
        SeriesIndex index = load.index();
        assertThat(index.requireSeries("GBR", "unemployment-rate").findValue(2020)).hasValue(4.5);
        assertThat(index.requireSeries("XKX", "new-series").findValue(2020))
                .hasValue(1e-05);
        assertThat(Files.readString(out.resolve("series/data/unemployment-rate.csv")))
                .isEqualTo(OwidFixture.UNEMPLOYMENT);
    }

    @Test
    void takesCuratedWordsFromTheVocabularyAndMakesWordsFromTheTitleOtherwise() throws Exception {
        Path out = dir.resolve("out");
        OwidImport.run(new ImportSettings(OwidFixture.write(dir.resolve("src")), out, Optional.empty(), ""));
        SeriesIndex index = SeriesLoader.load(out).index();

        SeriesAttribute unemployment = index.findAttribute("unemployment-rate").orElseThrow();
        assertThat(unemployment.phrases()).contains("unemployment rate", "jobless rate");
        assertThat(unemployment.unitKind()).isEqualTo(UnitKind.PERCENT);
        assertThat(unemployment.licence()).isEqualTo("CC BY-SA 4.0");
        assertThat(unemployment.source()).contains("Our World in Data");
        SeriesAttribute pianos = index.findAttribute("new-series").orElseThrow();
        assertThat(pianos.title()).isEqualTo("Share of the population with access to pianos (estimated)");
        assertThat(pianos.phrases()).containsExactly("share of the population with access to pianos",
                "access to pianos");
        assertThat(pianos.unitKind()).isEqualTo(UnitKind.PERCENT);
    }

    @Test
    void namesSubjectsFromCountryCodesAndTheBundledGroupNames() throws Exception {
        Path out = dir.resolve("out");
        OwidImport.run(new ImportSettings(OwidFixture.write(dir.resolve("src")), out, Optional.empty(), ""));
        SeriesIndex index = SeriesLoader.load(out).index();

        assertThat(index.findSubject("CIV")).contains(new SeriesSubject("CIV", "C\u00f4te d'Ivoire",
                java.util.List.of("Cote d'Ivoire")));
        assertThat(index.findSubject("OWID_USS").map(SeriesSubject::name)).contains("USSR");
        assertThat(index.findSubject("WB_SSA").map(SeriesSubject::name)).contains("Sub-Saharan Africa (WB)");
        assertThat(index.findSubject("XKX").map(SeriesSubject::name)).contains("XKX");
    }

    @Test
    void copiesOnlyTheTablesTheOutputFolderLacks() throws Exception {
        Path tables = Files.createDirectories(dir.resolve("tables"));
        Files.writeString(tables.resolve("subjects.csv"), "bundled");
        Files.writeString(tables.resolve("facts-trade.csv"), "bundled");
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("subjects.csv"), "curated");

        ImportSummary summary = OwidImport.run(new ImportSettings(OwidFixture.write(dir.resolve("src")), out,
                Optional.of(tables), ""));

        assertThat(summary.tablesCopied()).containsExactly("facts-trade.csv");
        assertThat(Files.readString(out.resolve("subjects.csv"))).isEqualTo("curated");
    }

    @Test
    void replacesTheSeriesOfAnEarlierImport() throws Exception {
        Path src = OwidFixture.write(dir.resolve("src"));
        Path out = dir.resolve("out");
        OwidImport.run(new ImportSettings(src, out, Optional.empty(), ""));
        Files.delete(src.resolve("csv/new-series.csv"));
        Files.writeString(src.resolve("metadata.json"), OwidFixture.METADATA.replaceAll(
                ",\\s*\\{\\s*\"filename\": \"new-series.csv\"[^}]*}", ""));

        OwidImport.run(new ImportSettings(src, out, Optional.empty(), ""));

        assertThat(out.resolve("series/data/new-series.csv")).doesNotExist();
        assertThat(SeriesLoader.load(out).index().attributes()).hasSize(1);
    }

    @Test
    void refusesAFolderWithoutItsMetadata() throws Exception {
        Path src = OwidFixture.write(dir.resolve("src"));
        Files.delete(src.resolve("metadata.json"));

        assertThatThrownBy(() -> OwidImport.run(new ImportSettings(src, dir.resolve("out"), Optional.empty(), "")))
                .hasMessage(src.resolve("metadata.json") + ": error: not found: expected a folder laid out like"
                        + " TSVer's time_series, with csv/, metadata.json and country_codes.yaml");
    }

    @Test
    void refusesADescribedSeriesWithoutItsFileNamingTheMetadataLine() throws Exception {
        Path src = OwidFixture.write(dir.resolve("src"));
        Files.delete(src.resolve("csv/new-series.csv"));

        assertThatThrownBy(() -> OwidImport.run(new ImportSettings(src, dir.resolve("out"), Optional.empty(), "")))
                .hasMessage(src.resolve("metadata.json") + ":8:3: error: no file csv/new-series.csv: expected every"
                        + " described series to have its file");
    }
}
