package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.problem.Problem;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelReaderTest {

    private static final String HEADER = "article,claim,occurrence,kind,subject,attribute,period,value,verdict,planted,"
            + "note\n";

    @TempDir
    Path dir;

    private LabelReader.Read read(String text) throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return LabelReader.read(file, "eval/labels.csv");
    }

    private static String messages(LabelReader.Read read) {
        return String.join("\n", read.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void readsEveryCellOfAWellFormedRow() throws IOException {
        LabelReader.Read read = read(HEADER + "a.md,\"$147 billion, a record\",2,MONEY,rc-trade,trade,2021,"
                + "147 billion USD,CONTRADICTED,Wrong-Figure,fact: 146.88\n");

        assertThat(read.problems()).isEmpty();
        Label l = read.labels().get(0);
        assertThat(l.claim()).isEqualTo("$147 billion, a record");
        assertThat(l.occurrence()).isEqualTo(2);
        assertThat(l.kind()).isEqualTo(ClaimKind.MONEY);
        assertThat(l.link()).isEqualTo("rc-trade/trade");
        assertThat(l.period()).isEqualTo(DateValue.year(2021));
        assertThat(l.value()).isInstanceOf(Amount.class);
        assertThat(l.planted()).isEqualTo("wrong-figure");
        assertThat(l.cells().at("value").toString()).isEqualTo("2:59");
    }

    @Test
    void readsAFourDigitCountAsANumberAndAFourDigitDateAsAYear() throws IOException {
        LabelReader.Read read = read(HEADER + "a.md,\"2,000 troops\",1,NUMBER,,,,2000,UNVERIFIABLE,,\n"
                + "a.md,in 2000,1,DATE,,,,2000,UNVERIFIABLE,,\n");

        assertThat(read.labels()).extracting(Label::value).containsExactly(
                new Amount(new java.math.BigDecimal("2000"), org.claimcheck.value.Units.count()), DateValue.year(2000));
    }

    @Test
    void pointsAtTheCellOfEveryBadValue() throws IOException {
        LabelReader.Read read = read(HEADER
                + "a.md,2019,x,DATE,,,,2019,UNVERIFIABLE,,\n"
                + "a.md,2019,1,YEAR,,,,2019,UNVERIFIABLE,,\n"
                + "a.md,2019,1,DATE,,,,2019,TRUE,,\n"
                + "a.md,2019,1,DATE,,,,2019,SUPPORTED,wrong-year,\n"
                + "a.md,2019,1,DATE,,,,2019,CONTRADICTED,typo,\n"
                + "a.md,2019,1,DATE,,,20x1,2019,UNVERIFIABLE,,\n"
                + "a.md,2019,1,DATE,,,,,UNVERIFIABLE,,\n"
                + "a.md,$5,1,MONEY,,,,5 km,UNVERIFIABLE,,\n"
                + ",,1,DATE,,,,2019,UNVERIFIABLE,,\n");

        assertThat(read.labels()).isEmpty();
        assertThat(messages(read)).contains(
                "eval/labels.csv:2:11: error: occurrence \"x\": expected a whole number from 1",
                "eval/labels.csv:3:13: error: kind \"YEAR\": expected one of DATE, MONEY, PERCENT, QUANTITY, NUMBER",
                "eval/labels.csv:4:26: error: verdict \"TRUE\": expected one of SUPPORTED, CONTRADICTED, "
                        + "UNVERIFIABLE, AMBIGUOUS, NOT_A_CLAIM",
                "eval/labels.csv:5:36: error: a planted error must be labelled CONTRADICTED, not SUPPORTED",
                "eval/labels.csv:6:39: error: planted \"typo\": expected one of wrong-year,",
                "eval/labels.csv:7:22: error: period \"20x1\": expected a month name",
                "eval/labels.csv:8:21: error: empty value: a claim needs its normalized value",
                "eval/labels.csv:9:11: error: kind MONEY does not fit the value \"5 km\", which is a QUANTITY",
                "eval/labels.csv:10:1: error: empty article",
                "eval/labels.csv:10:2: error: empty claim");
    }

    @Test
    void warnsButKeepsARowWhoseValueIsOutsideTheGrammar() throws IOException {
        LabelReader.Read read = read(HEADER + "a.md,30-week,1,NUMBER,,,,30 weeks,UNVERIFIABLE,,term\n");

        assertThat(read.labels()).hasSize(1);
        assertThat(read.labels().get(0).value()).isNull();
        assertThat(read.labels().get(0).valueText()).isEqualTo("30 weeks");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.toString()).startsWith("eval/labels.csv:2:29: warning: value \"30 weeks\" is outside the "
                    + "value grammar (unknown unit \"weeks\"");
        });
    }

    @Test
    void acceptsNonClaimsWithoutAValue() throws IOException {
        LabelReader.Read read = read(HEADER + "a.md,10:15,1,DATE,,,,,NOT_A_CLAIM,,time of day\n");

        assertThat(read.problems()).isEmpty();
        assertThat(read.labels().get(0).findValue()).isEmpty();
    }

    @Test
    void reportsUnknownAndMissingColumnsInTheHeader() throws IOException {
        LabelReader.Read read = read("article,claim,occurrence,kind,subject,attribute,period,value,verdict,note,"
                + "source\n");

        assertThat(messages(read)).isEqualTo(
                "eval/labels.csv:1:75: error: unknown column \"source\": expected one of article, claim, "
                        + "occurrence, kind, subject, attribute, period, value, verdict, planted, note\n"
                        + "eval/labels.csv:1:1: error: missing column planted: expected the header " + HEADER.strip());
    }

    @Test
    void reportsARowWithTheWrongNumberOfCellsAndReadsTheOthers() throws IOException {
        LabelReader.Read read = read(HEADER + "a.md,2019,1,DATE,,,,2019,UNVERIFIABLE\n"
                + "a.md,2020,1,DATE,,,,2020,UNVERIFIABLE,,\n");

        assertThat(messages(read)).isEqualTo("eval/labels.csv:2:1: error: row has 9 cells: expected 11 ("
                + HEADER.strip() + ")");
        assertThat(read.labels()).extracting(Label::claim).containsExactly("2020");
    }

    @Test
    void reportsAFileThatIsMissingOrNotUtf8() throws IOException {
        assertThat(messages(LabelReader.read(dir.resolve("none.csv"), "eval/labels.csv")))
                .startsWith("eval/labels.csv: error: cannot read the labels");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "a.md,caf\u00e9,1,DATE,,,,2019,UNVERIFIABLE,,\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(messages(LabelReader.read(latin1, "eval/labels.csv")))
                .isEqualTo("eval/labels.csv: error: the labels are not valid UTF-8: expected a UTF-8 text file");
    }
}
