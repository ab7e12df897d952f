package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quantity is the measure its own words give it: "8 m deep" is a depth whatever "long" says before it, and
 * "each 50 km long" is one part's length, not the whole's.
 */
class MeasureOfWhatTest {

    private final Tables tables = Tables.create()
            .subject("canal", "Suez Canal", "the canal")
            .subject("dam", "Three Gorges Dam")
            .measure("length", "long", "length")
            .measure("capacity", "capacity", "generating capacity")
            .measure("exports", "carries", "exports");

    {
        tables.fact("canal", "length", "193.3 km");
        tables.fact("dam", "capacity", "22500 MW");
        tables.fact("dam", "exports", "38 billion m3");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2017-09-20", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Today the Suez Canal is 193.3 km long and 24 m deep.                        | 24 m    | Suez Canal       | is
            The Suez Canal is 205 metres wide over 193.3 km.                           | 205 metres | Suez Canal      | is
            The Three Gorges Dam has 32 generators, each with a capacity of 700 MW.  | 700 MW  | Three Gorges Dam | has
            Each turbine of the Three Gorges Dam has a capacity of 700 MW.           | 700 MW  | Each turbine     | has
            The Three Gorges Dam has six units with a capacity of 3,000 MW each. | 3,000 MW | Three Gorges Dam | has
            When built, the Suez Canal was 164 km long.                             | 164 km  | Suez Canal       | was
            When it was finished, the Suez Canal had a length of 164 km.            | 164 km  | Suez Canal       | had
            """)
    void aQuantityOfAnotherDimensionOrOfOnePartIsNotTheMeasure(String sentence, String claim, String subject,
            String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Suez Canal is 150 km long.                                  | 150 km          | Suez Canal       | is
            The Three Gorges Dam has a generating capacity of 18,300 MW.    | 18,300 MW       | Three Gorges Dam | has
            Each year the Three Gorges Dam exports 45 billion cubic metres. | 45 billion cubic metres | Three Gorges Dam | exports
            The Three Gorges Dam exports 45 billion cubic metres each year. | 45 billion cubic metres | Three Gorges Dam | exports
            """)
    void theMeasureItselfIsStillJudged(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @org.junit.jupiter.api.Test
    void readsAnEarlierStateFromTheTaggersWords() {
        TestArticle article = TestArticle.published("2017-09-20", "When the canal opened, it was 164 km long.",
                "The Suez Canal, the world's busiest since the canal opened, is 164 km long.");

        var findings = Runs.verify(tables, article,
                article.claim("164 km").subject("it").predicate("was").tagged("When/WRB the/DT canal/NN opened/VBD ,/, "
                        + "it/PRP was/VBD 164/CD km/NN long/JJ ./."),
                article.claim("164 km").occurrence(2).subject("The Suez Canal").predicate("is").tagged("The/DT Suez/NNP "
                        + "Canal/NNP ,/, the/DT world/NN 's/POS busiest/JJS since/IN the/DT canal/NN opened/VBD ,/, "
                        + "is/VBZ 164/CD km/NN long/JJ ./."));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
