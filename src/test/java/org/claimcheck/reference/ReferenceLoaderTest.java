package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a valid set of tables loads into, and the all-or-nothing rule. */
class ReferenceLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsSubjectsAttributesAndFactsWithWhereTheyCameFrom() {
        LoadResult result = new TableFixture(dir).load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.isValid()).isTrue();
        ReferenceIndex index = result.index();
        assertThat(index.subjects()).extracting(Subject::id).containsExactly("power-of-siberia", "russia-china-trade");
        assertThat(index.attributes()).extracting(Attribute::id).containsExactly("began-operations", "trade");
        Fact trade = index.facts("russia-china-trade", "trade").get(0);
        assertThat(trade.value()).isEqualTo(ValueGrammar.parse("146.88 billion USD"));
        assertThat(trade.period()).isEqualTo(DateValue.year(2021));
        assertThat(trade.vintage()).isEqualTo(LocalDate.of(2022, 1, 14));
        assertThat(trade.tolerance()).isEqualTo(Tolerance.NONE);
        assertThat(trade.source()).isEqualTo("https://example.org/trade");
        assertThat(trade.table()).isEqualTo("facts.csv");
        assertThat(trade.line()).isEqualTo(3);
        Fact launch = index.facts("power-of-siberia", "began-operations").get(0);
        assertThat(launch.value()).isEqualTo(DateValue.day(2019, 12, 2));
        assertThat(launch.findPeriod()).isEmpty();
    }

    @Test
    void putsTheNameFirstAmongASubjectsAliases() {
        Subject pipeline = new TableFixture(dir).load().index().findSubject("power-of-siberia").orElseThrow();

        assertThat(pipeline.name()).isEqualTo("Power of Siberia");
        assertThat(pipeline.aliases()).containsExactly("Power of Siberia", "Power of Siberia pipeline", "Sila Sibiri");
        assertThat(pipeline.table()).isEqualTo("subjects.csv");
        assertThat(pipeline.line()).isEqualTo(2);
    }

    @Test
    void splitsPhrasesOnBarsAndTrimsThem() {
        TableFixture tables = new TableFixture(dir).with("attributes.csv", TableFixture.ATTRIBUTES.replace(
                "began operations|came online", " began operations | came online || first gas "));

        Attribute began = tables.load().index().findAttribute("began-operations").orElseThrow();

        assertThat(began.kind()).isEqualTo(AttributeKind.EVENT);
        assertThat(began.phrases()).containsExactly("began operations", "came online", "first gas");
    }

    @Test
    void returnsTheEmptyIndexWhenAnyRowIsInvalid() {
        LoadResult result = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n"
                        + "russia-china-trade,trade,146.88 billion USD,2021,,,2022-01-14,\n").load();

        assertThat(result.isValid()).isFalse();
        assertThat(result.index()).isSameAs(ReferenceIndex.EMPTY);
        assertThat(result.index().facts()).isEmpty();
    }

    @Test
    void readsARelativeTolerance() {
        Fact trade = loadTrade("2%");

        assertThat(trade.tolerance().relative()).isEqualByComparingTo("0.02");
        assertThat(trade.tolerance().absolute()).isNull();
    }

    @Test
    void readsAnAbsoluteToleranceInTheFactsUnitWhateverScaleItIsWrittenIn() {
        Amount value = (Amount) ValueGrammar.parse("146.88 billion USD");

        for (String written : new String[] {"0.5 billion USD", "500 million USD"}) {
            Fact trade = loadTrade(written);
            BigDecimal inDollars = trade.tolerance().absolute().multiply(value.unit().factor());
            assertThat(inDollars).as(written).isEqualByComparingTo("500000000");
            assertThat(trade.tolerance().relative()).isNull();
        }
    }

    @Test
    void readsPercentagePointsAsAnAbsoluteToleranceAroundAPercentage() {
        LoadResult result = new TableFixture(dir)
                .with("attributes.csv", TableFixture.ATTRIBUTES + "share,measure,share,\n")
                .withFacts("russia-china-trade,share,17.7%,2021,1.5 pp,https://example.org/share,2021-11-01,\n")
                .load();

        assertThat(result.problems()).isEmpty();
        Tolerance tolerance = result.index().facts().get(0).tolerance();
        assertThat(tolerance.absolute()).isEqualByComparingTo("1.5");
        assertThat(tolerance.relative()).isNull();
    }

    private Fact loadTrade(String tolerance) {
        LoadResult result = new TableFixture(dir).withFacts(
                "russia-china-trade,trade,146.88 billion USD,2021," + tolerance
                        + ",https://example.org/t,2022-01-14,\n")
                .load();
        assertThat(result.problems()).isEmpty();
        return result.index().facts().get(0);
    }

    @Test
    void countsTheColumnOfAQuotedCellFromItsQuoteAndLinesAcrossQuotedLineBreaks() {
        LoadResult result = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operations,2019-12-02,,,\"Reuters, \"\"launch\"\"\",2019-12-02,\"two\nlines\"\n"
                        + "russia-china-trade,trade,146.88 billion USD,2021,,\"TASS, 14 Jan\",14.01.2022,\n").load();

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-vintage");
            assertThat(p.position()).hasToString("4:66");
        });
    }

    @Test
    void skipsBlankLinesBetweenRows() {
        LoadResult result = new TableFixture(dir).withFacts(
                "\npower-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n\r\n"
                        + "russia-china-trade,trade,146.88 billion USD,2021,,https://example.org/trade,20220114,\n\n")
                .load();

        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.position()).hasToString("5:77"));
    }

    @Test
    void readsWindowsLineEndings() {
        LoadResult result = new TableFixture(dir)
                .with("subjects.csv", TableFixture.SUBJECTS.replace("\n", "\r\n"))
                .with("facts.csv", TableFixture.FACTS.replace("\n", "\r\n").replace("2022-01-14", "2022-1-14"))
                .load();

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-vintage");
            assertThat(p.position()).hasToString("3:77");
        });
    }

    @Test
    void loadsTheSameTablesToTheSameIndexEveryTime() {
        TableFixture tables = new TableFixture(dir);

        ReferenceIndex first = tables.load().index();
        ReferenceIndex second = tables.load().index();

        assertThat(second.facts()).isEqualTo(first.facts());
        assertThat(second.subjects()).isEqualTo(first.subjects());
    }
}
