package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with whole files and headers: each with its code, exact message and position. */
class TableErrorsTest {

    private static final String FACTS_COLUMNS = "subject_id,attribute,value,period,tolerance,source,vintage,note";
    private static final String ALL_KINDS = "the columns of a subjects table (subject_id,name,aliases,note), an"
            + " attributes table (attribute,kind,phrases,note), a facts table (" + FACTS_COLUMNS + ") or a rates"
            + " table (currency,base,rate,period,source,vintage,note)";

    @TempDir
    Path dir;

    static void assertProblem(Problem p, String code, String path, int line, int column, String message) {
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.toString()).isEqualTo(path + ":" + line + ":" + column + ": error: " + message);
    }

    @Test
    void reportsTheFirstByteThatIsNotUtf8WithItsLineAndColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((FACTS_COLUMNS + "\nRussia\u2013China,caf").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.write(",x\n".getBytes(StandardCharsets.UTF_8));
        TableFixture tables = new TableFixture(dir).withBytes("facts.csv", bytes.toByteArray());

        assertProblem(tables.onlyProblem(), "invalid-utf8", tables.path("facts.csv"), 2, 17,
                "not valid UTF-8: byte 0xE9 cannot be decoded here; expected a file saved as UTF-8");
    }

    @Test
    void listsTheKindsOfTableWhenAHeaderIsNotRecognised() {
        TableFixture tables = new TableFixture(dir).with("facts.csv", "id,when,what\nx,y,z\n");

        assertProblem(tables.onlyProblem(), "unrecognised-header", tables.path("facts.csv"), 1, 1,
                "header not recognised: found \"id,when,what\"; expected " + ALL_KINDS);
    }

    @Test
    void namesAMissingColumnAndTheColumnsOfTheTable() {
        TableFixture tables = new TableFixture(dir).with("facts.csv",
                "subject_id,attribute,value,period,source,vintage,note\n"
                        + "power-of-siberia,began-operations,2019-12-02,,https://example.org/launch,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "missing-column", tables.path("facts.csv"), 1, 1,
                "missing column \"tolerance\": expected the columns of a facts table, " + FACTS_COLUMNS);
    }

    @Test
    void pointsAtAnUnknownColumnInTheHeader() {
        TableFixture tables = new TableFixture(dir).with("facts.csv", FACTS_COLUMNS + ",comment\n"
                + "power-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,,checked\n");

        assertProblem(tables.onlyProblem(), "unknown-column", tables.path("facts.csv"), 1, 65,
                "unknown column \"comment\": expected the columns of a facts table, " + FACTS_COLUMNS);
    }

    @Test
    void pointsAtAColumnNamedTwice() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv",
                "subject_id,name,aliases,note,name\n"
                        + "power-of-siberia,Power of Siberia,,,Power of Siberia\n"
                        + "russia-china-trade,Russia-China trade,,,Russia-China trade\n");

        assertProblem(tables.onlyProblem(), "duplicate-column", tables.path("subjects.csv"), 1, 30,
                "column \"name\" appears twice (first at column 12): expected each column once");
    }

    @Test
    void reportsARowWithTheWrongNumberOfCells() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n"
                        + "russia-china-trade,trade,146.88 billion USD,2021,,https://example.org/trade,2022-01-14\n");

        assertProblem(tables.onlyProblem(), "wrong-cell-count", tables.path("facts.csv"), 3, 1,
                "row has 7 cells: expected 8 like the header (" + FACTS_COLUMNS + ")");
    }

    @Test
    void pointsAtAQuotedCellThatIsNeverClosed() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operations,2019-12-02,,,\"https://example.org/launch,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "malformed-csv", tables.path("facts.csv"), 2, 48,
                "malformed CSV: quoted cell never closed: expected a closing \"");
    }

    @Test
    void pointsAtTextAfterAClosingQuote() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operations,2019-12-02,,,\"https://example.org\"/launch,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "malformed-csv", tables.path("facts.csv"), 2, 69,
                "malformed CSV: text after a closing quote: expected a comma or the end of the line after \"");
    }

    @Test
    void reportsAnEmptyFile() {
        TableFixture tables = new TableFixture(dir).with("facts.csv", "");

        assertProblem(tables.onlyProblem(), "empty-table", tables.path("facts.csv"), 1, 1,
                "empty file: expected a header row with " + ALL_KINDS);
    }

    @Test
    void reportsAMissingDirectory() {
        Path missing = dir.resolve("nowhere");

        LoadResult result = ReferenceLoader.load(missing);

        assertThat(result.index()).isSameAs(ReferenceIndex.EMPTY);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("no-tables");
            assertThat(p.findPosition()).isEmpty();
            assertThat(p.toString()).isEqualTo(missing + ": error: no reference tables found in " + missing
                    + ": expected subjects.csv, attributes.csv and at least one facts table");
        });
    }

    @Test
    void reportsADirectoryWithoutCsvFiles() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "subject_id,name,aliases,note\n");

        LoadResult result = ReferenceLoader.load(dir);

        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.toString()).isEqualTo(
                dir + ": error: no reference tables found in " + dir
                        + ": expected subjects.csv, attributes.csv and at least one facts table"));
    }

    @Test
    void reportsAMissingKindOfTableOnceInsteadOfEveryUnknownId() {
        TableFixture tables = new TableFixture(dir).without("attributes.csv");

        Problem p = tables.onlyProblem();

        assertThat(p.code()).isEqualTo("missing-table");
        assertThat(p.toString()).isEqualTo(dir + ": error: no attributes table in " + dir
                + ": expected a file such as attributes.csv with the columns attribute,kind,phrases,note");
    }

    @Test
    void toleratesAByteOrderMarkAndDoesNotCountItAsAColumn() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv",
                "\uFEFFsubject_id,label,name,aliases,note\npower-of-siberia,x,Power of Siberia,,\n"
                        + "russia-china-trade,y,Russia-China trade,,\n");

        assertProblem(tables.onlyProblem(), "unknown-column", tables.path("subjects.csv"), 1, 12,
                "unknown column \"label\": expected the columns of a subjects table, subject_id,name,aliases,note");
    }

    @Test
    void classifiesByHeaderWhateverTheFileIsCalled() {
        TableFixture tables = new TableFixture(dir)
                .without("subjects.csv").with("names.csv", TableFixture.SUBJECTS)
                .without("facts.csv").with("facts-energy.csv", TableFixture.FACTS);

        LoadResult result = tables.load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.index().facts()).extracting(Fact::table).containsOnly("facts-energy.csv");
    }

    @Test
    void fallsBackOnTheFileNameWhenTheHeaderHasNoDistinctiveColumn() {
        assertThat(TableKind.classify(List.of("subject_id", "note"), "subjects.csv"))
                .contains(TableKind.SUBJECTS);
        assertThat(TableKind.classify(List.of("subject_id", "note"), "facts.csv")).isEmpty();
        assertThat(TableKind.classify(List.of("name", "kind"), "x.csv")).isEmpty();
    }
}
