package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactStubWriterTest {

    private static final FactStub TRADE = new FactStub("russia-china-trade", "trade", "147 billion USD", "2021",
            "corpus/trade.txt:4:12", "Bilateral trade reached a record $147 billion in 2021, customs data showed.");

    private static String write(List<FactStub> stubs) throws IOException {
        StringWriter out = new StringWriter();
        FactStubWriter.write(stubs, out);
        return out.toString();
    }

    @Test
    void writesTheFactsHeaderAndOneRowPerStubWithSourceAndVintageEmpty() throws IOException {
        String csv = write(List.of(TRADE));

        assertThat(csv).isEqualTo("subject_id,attribute,value,period,tolerance,source,vintage,note\n"
                + "russia-china-trade,trade,147 billion USD,2021,,,,\"claimed in corpus/trade.txt:4:12: \u201c"
                + "Bilateral trade reached a record $147 billion in 2021, customs data showed.\u201d\"\n");
    }

    @Test
    void writesOnlyTheHeaderForNoStubs() throws IOException {
        assertThat(write(List.of())).isEqualTo("subject_id,attribute,value,period,tolerance,source,vintage,note\n");
    }

    @Test
    void keepsASentenceWithQuotesAndLineBreaksReadableAsOneCell() throws IOException {
        FactStub stub = new FactStub("", "", "2019-12-02", "", "a.txt:1:1", "He said \"it\n  began\" then.");

        List<CSVRecord> records = CSVParser.parse(write(List.of(stub)), CSVFormat.RFC4180).getRecords();

        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(7)).isEqualTo("claimed in a.txt:1:1: \u201cHe said \"it began\" then.\u201d");
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        FactStub hostile = new FactStub("=HYPERLINK(\"http://x\")", "+trade", "-5%", "@SUM(A1)", "a.txt:1:1",
                "plain");
        List<CSVRecord> records = CSVParser.parse(write(List.of(hostile)), CSVFormat.RFC4180).getRecords();

        CSVRecord row = records.get(1);
        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(row.get(1)).isEqualTo("'+trade");
        assertThat(row.get(2)).isEqualTo("'-5%");
        assertThat(row.get(3)).isEqualTo("'@SUM(A1)");
    }

    @Test
    void neutralisesLeadingTabsAndCarriageReturnsAndLeavesOtherCellsAlone() {
        assertThat(FactStubWriter.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(FactStubWriter.safe("\r=1")).isEqualTo("'\r=1");
        assertThat(FactStubWriter.safe("146.88 billion USD")).isEqualTo("146.88 billion USD");
        assertThat(FactStubWriter.safe("a=b")).isEqualTo("a=b");
        assertThat(FactStubWriter.safe("")).isEmpty();
    }

    @Test
    void stubsAreRefusedByTheLoaderUntilACuratorAddsASource(@TempDir Path dir) throws IOException {
        TableFixture tables = new TableFixture(dir);
        tables.load();
        Files.writeString(dir.resolve("facts.csv"), write(List.of(TRADE)));

        LoadResult result = ReferenceLoader.load(dir);

        assertThat(result.problems()).extracting(p -> p.code()).containsExactly("missing-source");
    }
}
