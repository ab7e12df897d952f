package org.claimcheck.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken series file is refused whole, with a message at the file, line and column of the cell. */
class SeriesErrorsTest {

    @TempDir
    Path dir;

    @Test
    void reportsAFigureThatIsNotANumberAtItsCell() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", """
                Date,GBR,FRA,OWID_WRL
                2008,5.7,7,4,
                2009,7.6,n/a,
                """.replace("7,4,", "7.4,"));

        assertThat(messages(fixture)).containsExactly(fixture.path("data/unemployment.csv")
                + ":3:10: error: cannot read number \"n/a\": expected a decimal such as 12.5, -3 or 1.2e6, or an"
                + " empty cell for a missing figure");
    }

    @Test
    void reportsAColumnCodeTheSubjectsTableLacksAtTheHeaderCell() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", """
                Date,GBR,FRX
                2008,5.7,7.4
                """);

        assertThat(messages(fixture)).containsExactly(fixture.path("data/unemployment.csv")
                + ":1:10: error: unknown subject code \"FRX\": expected a code from " + fixture.path("subjects.csv"));
    }

    @Test
    void reportsAYearGivenTwiceInAWideFile() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", """
                Date,GBR
                2008,5.7
                2008,5.8
                """);

        assertThat(messages(fixture)).containsExactly(fixture.path("data/unemployment.csv")
                + ":3:1: error: duplicate period 2008: already given at " + fixture.path("data/unemployment.csv")
                + ":2; expected each year once per subject");
    }

    @Test
    void reportsAYearGivenTwiceForOneSubjectInALongFile() {
        SeriesFixture fixture = new SeriesFixture(dir).with("long.csv", SeriesFixture.LONG
                + "GBR,life-expectancy,2019,81.3,years,\n");

        assertThat(messages(fixture)).containsExactly(fixture.path("long.csv")
                + ":5:21: error: duplicate period 2019: already given at " + fixture.path("long.csv")
                + ":2; expected each year once per subject");
    }

    @Test
    void reportsAMissingDataFileAtTheManifestCellNamingIt() {
        SeriesFixture fixture = new SeriesFixture(dir).without("data/unemployment.csv");

        assertThat(messages(fixture)).containsExactly(fixture.path("manifest.csv")
                + ":2:37: error: file not found: expected the series file the manifest names, relative to the"
                + " manifest's folder");
    }

    @Test
    void reportsAMissingSubjectsTable() {
        SeriesFixture fixture = new SeriesFixture(dir).without("subjects.csv");

        assertThat(messages(fixture)).containsExactly(fixture.path("subjects.csv") + ": error: no series subjects"
                + " table: expected " + fixture.path("subjects.csv") + " with the columns code,name,aliases,note");
    }

    @Test
    void reportsABadYearAUnitThatDiffersAndAnAttributeTheManifestDoesNotGiveTheFile() {
        SeriesFixture fixture = new SeriesFixture(dir).with("long.csv", """
                subject,attribute,period,value,unit,source
                GBR,life-expectancy,2019-20,81.2,years,
                GBR,life-expectancy,2020,80.4,months,
                GBR,unemployment-rate,2020,4.5,%,
                """);

        assertThat(messages(fixture)).containsExactly(
                fixture.path("long.csv") + ":2:21: error: cannot read period \"2019-20\": expected a year such as"
                        + " 2021 (series are yearly)",
                fixture.path("long.csv") + ":3:31: error: unit \"months\" differs from \"years\", the unit the"
                        + " manifest gives \"life-expectancy\": expected the manifest's unit or an empty cell",
                fixture.path("long.csv") + ":4:5: error: unknown attribute \"unemployment-rate\": expected an"
                        + " attribute the manifest " + fixture.path("manifest.csv") + " gives this file for");
    }

    @Test
    void reportsBadManifestCellsEachAtItsColumn() {
        String manifest = SeriesFixture.MANIFEST_HEADER
                + "Unemployment,Unemployment rate,data/unemployment.csv,tall,%,percentage,x,jobless,Office,,2024-13-01,"
                + "GBR,\n";
        SeriesFixture fixture = new SeriesFixture(dir).with("manifest.csv", manifest).without("long.csv");

        assertThat(codes(fixture)).containsExactly("bad-id", "bad-layout", "bad-unit-kind", "bad-scale",
                "bad-vintage", "bad-mapping");
        assertThat(messages(fixture).get(0)).startsWith(fixture.path("manifest.csv") + ":2:1: error: attribute id");
        assertThat(messages(fixture).get(1)).startsWith(fixture.path("manifest.csv") + ":2:54: error: unknown"
                + " layout \"tall\"");
    }

    @Test
    void reportsAnEmptyRequiredManifestCellAndADuplicateAttribute() {
        String row = "unemployment-rate,Unemployment rate,data/unemployment.csv,wide,%,percent,,jobless,Office,,,,\n";
        SeriesFixture fixture = new SeriesFixture(dir).with("manifest.csv", SeriesFixture.MANIFEST_HEADER + row + row
                + "gdp,GDP,data/unemployment.csv,wide,USD,currency,,,Office,,,,\n").without("long.csv");

        assertThat(messages(fixture)).containsExactly(
                fixture.path("manifest.csv") + ":3:1: error: duplicate attribute \"unemployment-rate\": already"
                        + " defined at " + fixture.path("manifest.csv") + ":2; expected each once",
                fixture.path("manifest.csv") + ":4:50: error: empty cell in required column \"phrases\": expected"
                        + " words a text uses for the measure, separated by |");
    }

    @Test
    void reportsAManifestColumnThatIsMissingOrUnknown() {
        SeriesFixture fixture = new SeriesFixture(dir).with("manifest.csv",
                SeriesFixture.MANIFEST.replace("subject_columns", "columns"));

        assertThat(codes(fixture)).containsExactly("missing-column", "unknown-column");
    }

    @Test
    void reportsARowWithTheWrongNumberOfCellsAndABadYear() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", """
                Date,GBR,FRA
                2008,5.7
                20x9,5.7,6.1
                """);

        assertThat(messages(fixture)).containsExactly(
                fixture.path("data/unemployment.csv") + ":2:1: error: row has 2 cells: expected 3 like the header",
                fixture.path("data/unemployment.csv") + ":3:1: error: cannot read period \"20x9\": expected a year"
                        + " such as 2021 (series are yearly)");
    }

    @Test
    void reportsMalformedQuotingWhereItStarts() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", "Date,GBR\n2008,\"5.7\n");

        assertThat(messages(fixture)).containsExactly(fixture.path("data/unemployment.csv")
                + ":2:6: error: malformed CSV: quoted cell never closed: expected a closing \"");
    }

    @Test
    void reportsMalformedQuotingInTheManifestWhereItStarts() {
        SeriesFixture fixture = new SeriesFixture(dir).with("manifest.csv", SeriesFixture.MANIFEST
                + "gdp,\"GDP\"x,data/unemployment.csv,wide,USD,currency,,gdp,Office,,,,\n");

        assertThat(messages(fixture)).containsExactly(fixture.path("manifest.csv")
                + ":4:10: error: malformed CSV: text after a closing quote: expected a comma or the end of the line");
    }

    @Test
    void reportsABadSubjectCodeAndACodeDefinedTwice() {
        SeriesFixture fixture = new SeriesFixture(dir).with("subjects.csv", SeriesFixture.SUBJECTS
                + "gbr,Britain,,\nFRA,France again,,\n");

        assertThat(messages(fixture)).contains(
                fixture.path("subjects.csv") + ":5:1: error: subject code \"gbr\" is not a code: expected capital"
                        + " letters, digits and underscores, such as GBR or OWID_WRL",
                fixture.path("subjects.csv") + ":6:1: error: duplicate subject code \"FRA\": already defined at "
                        + fixture.path("subjects.csv") + ":3; expected each once");
    }

    @Test
    void anAttributeWithoutAnyFigureIsAnErrorNotASilentlyEmptySeries() {
        SeriesFixture fixture = new SeriesFixture(dir).with("data/unemployment.csv", "Date,GBR,FRA\n2008,,\n");

        assertThat(messages(fixture)).containsExactly(fixture.path("manifest.csv")
                + ":2:37: error: no figures for \"unemployment-rate\": expected at least one number in its file, or"
                + " remove the manifest row");
    }

    @Test
    void aBrokenSeriesFolderYieldsTheEmptyIndex() {
        SeriesLoad load = new SeriesFixture(dir).with("data/unemployment.csv", "Date,GBR\n2008,x\n").load();

        assertThat(load.isValid()).isFalse();
        assertThat(load.index()).isSameAs(SeriesIndex.EMPTY);
        assertThat(load.fingerprint()).isEmpty();
    }

    private static List<String> messages(SeriesFixture fixture) {
        return fixture.load().problems().stream().map(Problem::toString).toList();
    }

    private static List<String> codes(SeriesFixture fixture) {
        return fixture.load().problems().stream().map(Problem::code).toList();
    }
}
