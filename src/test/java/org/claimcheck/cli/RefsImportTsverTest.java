package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.YearlyPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real TSVer series folder ({@code ../shared/tsver/time_series}, beside the project) and reads back
 * figures copied by hand from its CSV files.
 */
class RefsImportTsverTest {

    private static final Path TSVER = Path.of("../shared/tsver/time_series");

    @TempDir
    static Path dir;

    private static LoadResult loaded;

    @BeforeAll
    static void importTheFourHundredSeries() {
        Path out = dir.resolve("refs");
        CliRun run = CliRun.of("refs", "import", "owid", TSVER.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        loaded = ReferenceLoader.load(out);
    }

    @Test
    void loadsEverySeriesWithTheBundledTables() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.series().attributes()).hasSize(400);
        assertThat(loaded.series().pointCount()).isEqualTo(3_026_657);
        assertThat(loaded.index().facts()).isNotEmpty();
    }

    @Test
    void readsFiguresAsTheFilesGiveThem() {
        SeriesIndex series = loaded.series();

        // unemployment-rate.csv, column GBR; life-expectancy.csv, column JPN; access-to-electricity.csv, KEN.
        assertThat(series.requireSeries("GBR", "unemployment-rate").findValue(2008)).hasValue(5.748);
        assertThat(series.requireSeries("GBR", "unemployment-rate").findValue(2020)).hasValue(4.472);
        assertThat(series.requireSeries("JPN", "life-expectancy").findValue(2019)).hasValue(84.4177);
        assertThat(series.requireSeries("JPN", "life-expectancy").first()).contains(new YearlyPoint(1865, 36.426));
        assertThat(series.requireSeries("KEN", "electricity-access").findValue(2010)).hasValue(19.2);
        assertThat(series.requireSeries("OWID_WRL", "co2-emissions").findValue(1990)).hasValue(22728989000.0);
    }

    @Test
    void namesSubjectsFromCountryCodes() {
        assertThat(loaded.series().findSubject("CIV").orElseThrow().aliases()).contains("C\u00f4te d'Ivoire");
        assertThat(loaded.series().findSubject("OWID_WRL").orElseThrow().name()).isEqualTo("World");
    }
}
