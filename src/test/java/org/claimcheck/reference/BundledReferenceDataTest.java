package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference data shipped with the project loads cleanly and holds the facts the sample corpus needs. */
class BundledReferenceDataTest {

    private static ReferenceIndex index;

    @BeforeAll
    static void load() {
        LoadResult result = ReferenceLoader.load(Path.of("reference-data"));
        assertThat(result.problems()).isEmpty();
        index = result.index();
    }

    private static Fact only(String subject, String attribute) {
        List<Fact> facts = index.facts(subject, attribute);
        assertThat(facts).as(subject + " " + attribute).hasSize(1);
        return facts.get(0);
    }

    @Test
    void datesTheEventsOfTheSampleCorpus() {
        assertThat(only("treaty-good-neighborliness-2001", "signed").value()).isEqualTo(DateValue.day(2001, 7, 16));
        assertThat(only("power-of-siberia", "began-operations").value()).isEqualTo(DateValue.day(2019, 12, 2));
        assertThat(only("crimea-annexation", "annexed").value()).isEqualTo(DateValue.month(2014, 3));
        assertThat(only("crimea-accession-treaty-2014", "signed").value()).isEqualTo(DateValue.day(2014, 3, 18));
        assertThat(only("russian-invasion-of-ukraine", "invaded").value()).isEqualTo(DateValue.day(2022, 2, 24));
        assertThat(only("sino-soviet-split", "split").value()).isEqualTo(DateValue.decade(1960));
        assertThat(only("sco", "founded").value()).isEqualTo(DateValue.day(2001, 6, 15));
        assertThat(only("aukus", "announced").value()).isEqualTo(DateValue.day(2021, 9, 15));
    }

    @Test
    void datesTheInvasionAndTheSplitOnceEach() {
        assertThat(only("russian-invasion-of-ukraine", "invaded").value()).isEqualTo(ValueGrammar.parse("2022-02-24"));
        assertThat(only("sino-soviet-split", "split").value()).isEqualTo(ValueGrammar.parse("1960s"));
        assertThat(index.facts("russian-invasion-of-ukraine", "began")).isEmpty();
        assertThat(index.facts("sino-soviet-split", "occurred")).isEmpty();
    }

    @Test
    void measuresThePipeline() {
        assertThat(only("power-of-siberia", "length").value()).isEqualTo(ValueGrammar.parse("3,000 km"));
        assertThat(FactConsistency.sameValue(only("power-of-siberia", "capacity").value(),
                ValueGrammar.parse("38 bcm"))).isTrue();
    }

    @Test
    void holdsTheTradeSeriesByYearWithAnEstimateAndItsLaterVintage() {
        List<Fact> trade = index.facts("russia-china-trade", "trade");

        assertThat(trade).extracting(f -> f.period().first().getYear())
                .containsExactly(2018, 2019, 2019, 2020, 2021, 2022, 2023, 2023);
        List<Fact> in2019 = trade.stream().filter(f -> f.period().equals(DateValue.year(2019))).toList();
        assertThat(in2019).extracting(Fact::vintage)
                .containsExactly(LocalDate.of(2019, 12, 16), LocalDate.of(2020, 1, 15));
        Fact in2021 = trade.stream().filter(f -> f.period().equals(DateValue.year(2021))).findFirst().orElseThrow();
        assertThat(in2021.vintage()).isEqualTo(LocalDate.of(2022, 1, 14));
        assertThat(in2019.get(0).value()).isEqualTo(ValueGrammar.parse("110 billion USD"));
        assertThat(in2019.get(1).value()).isEqualTo(ValueGrammar.parse("110.75 billion USD"));
    }

    @Test
    void citesASourceAndAVintageForEveryFact() {
        assertThat(index.facts()).allSatisfy(f -> {
            assertThat(f.source()).contains("http");
            assertThat(f.findVintage()).isPresent();
            assertThat(f.note()).isNotBlank();
        });
    }

    @Test
    void convertsEurosYuanAndRoublesToDollarsForEveryYearOfTheTradeSeries() {
        for (Fact fact : index.facts("russia-china-trade", "trade")) {
            for (String currency : List.of("EUR", "CNY", "RUB")) {
                assertThat(index.findRate("USD", currency, fact.period())).as(currency + " " + fact.period())
                        .isPresent();
                assertThat(index.findRate(currency, "USD", fact.period())).as("USD to " + currency).isPresent();
            }
        }
    }

    @Test
    void citesASourceForEveryRate() {
        assertThat(index.rates()).hasSizeGreaterThanOrEqualTo(28).allSatisfy(r -> {
            assertThat(r.source()).contains("http");
            assertThat(r.note()).isNotBlank();
        });
    }

    @Test
    void findsSubjectsByTheirUsualSpellings() {
        assertThat(aliasKeys("treaty-good-neighborliness-2001"))
                .contains(Names.normalize("Good-Neighbourliness treaty"), Names.normalize("2001 treaty"),
                        Names.normalize("Sino-Russian Treaty of Friendship"));
        assertThat(aliasKeys("russia-china-trade")).contains(Names.normalize("China-Russia trade"),
                Names.normalize("Russia-China trade"), Names.normalize("bilateral trade"),
                Names.normalize("trade between Russia and China"));
        assertThat(aliasKeys("power-of-siberia")).contains(Names.normalize("Sila Sibiri"),
                Names.normalize("the Power of Siberia gas pipeline"));
        assertThat(aliasKeys("sco")).contains("sco",
                Names.normalize("Shanghai Cooperation Organization"));
    }

    private static List<String> aliasKeys(String subjectId) {
        return index.findSubject(subjectId).orElseThrow().aliases().stream().map(Names::normalize).toList();
    }

    @Test
    void coversTheDefaultVocabulary() {
        assertThat(index.attributes()).extracting(Attribute::id).contains("signed", "founded", "established",
                "opened", "began-operations", "launched", "joined", "annexed", "invaded", "elected", "announced",
                "split", "began", "occurred", "trade", "exports", "imports", "gdp", "population", "production", "capacity", "length");
        assertThat(index.findAttribute("began-operations").orElseThrow().phrases()).contains("began operations",
                "started operating", "went into operation", "came online", "entered service", "first gas",
                "commissioned");
    }
}
