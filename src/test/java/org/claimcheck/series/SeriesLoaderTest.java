package org.claimcheck.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesLoaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheManifestsAttributesWithTheirWordsAndUnits() {
        SeriesIndex index = valid(new SeriesFixture(dir).load());

        assertThat(index.attributes()).extracting(SeriesAttribute::id)
                .containsExactly("unemployment-rate", "life-expectancy");
        SeriesAttribute unemployment = index.findAttribute("unemployment-rate").orElseThrow();
        assertThat(unemployment.title()).isEqualTo("Unemployment rate");
        assertThat(unemployment.unit()).isEqualTo("%");
        assertThat(unemployment.unitKind()).isEqualTo(UnitKind.PERCENT);
        assertThat(unemployment.scale()).isEqualTo(1.0);
        assertThat(unemployment.phrases()).containsExactly("unemployment rate", "jobless rate");
        assertThat(unemployment.source()).isEqualTo("Example statistics office");
        assertThat(unemployment.licence()).isEqualTo("CC BY 4.0");
        assertThat(unemployment.findVintage()).contains("2024-05-01");
        assertThat(index.findAttribute("life-expectancy").orElseThrow().findVintage()).isEmpty();
    }

    @Test
    void readsAWideFileInYearOrderLeavingOutEmptyCells() {
        SeriesIndex index = valid(new SeriesFixture(dir).load());

        Series gbr = index.requireSeries("GBR", "unemployment-rate");
        assertThat(gbr.points()).containsExactly(new YearlyPoint(2008, 5.7), new YearlyPoint(2009, 7.6),
                new YearlyPoint(2010, 7.8));
        assertThat(index.requireSeries("FRA", "unemployment-rate").points())
                .containsExactly(new YearlyPoint(2008, 7.4), new YearlyPoint(2009, 9.1));
        assertThat(index.requireSeries("OWID_WRL", "unemployment-rate").points())
                .containsExactly(new YearlyPoint(2010, 6.1));
        assertThat(gbr.source()).isEqualTo("Example statistics office");
    }

    @Test
    void readsALongFileWithTheManifestsSourceWhereARowGivesNone() {
        SeriesIndex index = valid(new SeriesFixture(dir).load());

        Series gbr = index.requireSeries("GBR", "life-expectancy");
        assertThat(gbr.points()).containsExactly(new YearlyPoint(2019, 81.2), new YearlyPoint(2020, 80.4));
        assertThat(gbr.source()).isEqualTo("Example health office; Revised release");
        assertThat(index.findSeries("OWID_WRL", "life-expectancy")).isEmpty();
    }

    @Test
    void findsTheLatestFigureOnOrBeforeADate() {
        SeriesIndex index = valid(new SeriesFixture(dir).load());

        assertThat(index.findLatestOnOrBefore("FRA", "unemployment-rate", LocalDate.of(2012, 6, 1)))
                .contains(new YearlyPoint(2009, 9.1));
        assertThat(index.findLatestOnOrBefore("GBR", "unemployment-rate", LocalDate.of(2009, 1, 1)))
                .contains(new YearlyPoint(2009, 7.6));
        assertThat(index.findLatestOnOrBefore("GBR", "unemployment-rate", LocalDate.of(2007, 12, 31))).isEmpty();
        assertThat(index.findLatestOnOrBefore("DEU", "unemployment-rate", LocalDate.of(2012, 1, 1))).isEmpty();
    }

    @Test
    void listsSubjectsWithNamesAndTheCodesThatHaveFigures() {
        SeriesIndex index = valid(new SeriesFixture(dir).load());

        assertThat(index.findSubject("GBR")).contains(new SeriesSubject("GBR", "United Kingdom",
                java.util.List.of("UK", "Britain")));
        assertThat(index.subjectCodesWithData()).containsExactly("FRA", "GBR", "OWID_WRL");
        assertThat(index.seriesOf("unemployment-rate")).containsOnlyKeys("FRA", "GBR", "OWID_WRL");
        assertThat(index.seriesCount()).isEqualTo(5);
        assertThat(index.pointCount()).isEqualTo(9);
    }

    @Test
    void mapsRenamedColumnsAndLeavesOutColumnsMappedToADash() {
        String manifest = SeriesFixture.MANIFEST_HEADER + "unemployment-rate,Unemployment rate,data/u.csv,wide,%,"
                + "percent,,unemployment rate,Office,,,Britain=GBR|World=OWID_WRL|Notes=-,\n";
        SeriesIndex index = valid(new SeriesFixture(dir).with("manifest.csv", manifest).with("data/u.csv", """
                year,Britain,World,Notes
                2020,4.5,6.6,provisional
                """).load());

        assertThat(index.requireSeries("GBR", "unemployment-rate").findValue(2020)).hasValue(4.5);
        assertThat(index.requireSeries("OWID_WRL", "unemployment-rate").findValue(2020)).hasValue(6.6);
    }

    @Test
    void aFolderWithoutAManifestHasNoSeries() {
        SeriesLoad load = SeriesLoader.load(dir);

        assertThat(load.isValid()).isTrue();
        assertThat(load.index().isEmpty()).isTrue();
        assertThat(load.fingerprint()).isEmpty();
    }

    @Test
    void theFingerprintChangesWithAFigure() {
        SeriesFixture fixture = new SeriesFixture(dir);
        String before = fixture.load().fingerprint();
        String after = fixture.with("data/unemployment.csv", SeriesFixture.WIDE.replace("7.8", "7.9")).load()
                .fingerprint();

        assertThat(before).isNotEmpty();
        assertThat(after).isNotEqualTo(before);
    }

    private static SeriesIndex valid(SeriesLoad load) {
        assertThat(load.problems()).isEmpty();
        return load.index();
    }
}
