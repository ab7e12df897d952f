package org.claimcheck.series.owid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled vocabulary is curated data: these checks keep it well formed as it grows. */
class OwidVocabularyTest {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Vocabulary vocabulary = Vocabulary.bundled();

    @Test
    void coversTheFourHundredSeriesWithDistinctKebabCaseIds() {
        assertThat(vocabulary.entries()).hasSize(400);
        Set<String> ids = new HashSet<>();
        for (Vocabulary.Entry entry : vocabulary.entries().values()) {
            assertThat(entry.attribute()).matches(KEBAB);
            assertThat(ids.add(entry.attribute())).as(entry.attribute()).isTrue();
            assertThat(entry.file()).endsWith(".csv");
        }
    }

    @Test
    void givesEverySeriesPhrasesThatAreShortAndNotRepeatedWithinARow() {
        for (Vocabulary.Entry entry : vocabulary.entries().values()) {
            assertThat(entry.phrases()).as(entry.attribute()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(entry.phrases()).as(entry.attribute())
                    .allSatisfy(p -> assertThat(p.split(" ")).hasSizeLessThan(12));
        }
    }

    @Test
    void sharesFewPhrasesBetweenSeries() {
        List<String> shared = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Vocabulary.Entry entry : vocabulary.entries().values()) {
            for (String phrase : entry.phrases()) {
                if (!seen.add(phrase.toLowerCase(Locale.ROOT))) {
                    shared.add(phrase);
                }
            }
        }
        // Shared only where series measure the same thing from different sources (three tax-revenue series, two
        // homicide rates, CO2 from cement by two exports, ...); a new shared phrase needs such a reason.
        assertThat(shared).hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void knowsTheUsualNewspaperWords() {
        assertThat(vocabulary.find("unemployment-rate.csv").orElseThrow().phrases()).contains("jobless rate");
        assertThat(vocabulary.find("life-expectancy.csv").orElseThrow().phrases()).contains("life expectancy");
        assertThat(vocabulary.find("doctors-per-1000-people.csv").orElseThrow().phrases())
                .contains("doctors per 1,000 people");
        assertThat(vocabulary.find("access-to-electricity.csv").orElseThrow().phrases())
                .contains("access to electricity");
        assertThat(vocabulary.find("annual-co2-emissions-per-country.csv").orElseThrow().phrases())
                .contains("CO2 emissions");
    }
}
