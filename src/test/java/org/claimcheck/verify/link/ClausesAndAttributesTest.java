package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.words.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Clause boundaries and attribute candidates, tested on their own. */
class ClausesAndAttributesTest {

    @ParameterizedTest(name = "\"{0}\" / \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Power of Siberia began operations in 2019, while Nord Stream 2 waited.  | Nord Stream 2   | false
            Power of Siberia began operations in 2019, while Nord Stream 2 waited.  | Power of Siberia | true
            Russia–China trade hit $147 billion in 2021.                            | Russia–China     | true
            The pipeline (Power of Siberia) opened in 2019.                          | Power of Siberia | false
            Power of Siberia — the longest line — opened in 2019.                   | Power of Siberia | false
            Power of Siberia began operations before 2020.                          | Power of Siberia | true
            Power of Siberia began operations before Altai did in 2020.             | Power of Siberia | false
            The Russia-China pipeline began operations in 2019.                     | Russia-China     | true
            Power of Siberia, a 3,000 km line, began operations in 2019.            | 3,000 km line    | false
            """)
    void findsClauseBoundariesBetweenANameAndTheValue(String sentence, String name, boolean same) {
        int start = sentence.indexOf(name);
        int value = sentence.indexOf("20");
        Claim claim = TestArticle.published("2022-03-04", sentence).claim(sentence.substring(value, value + 4)).build();
        assertThat(Clauses.same(claim, start, start + name.length(), value, value + 4)).isEqualTo(same);
    }

    @Test
    void leavesAnEventPhraseInAnEarlierClauseToItsOwnClauseWhenTheDatesClauseHasASubjectOfItsOwn() {
        AttributeLinker linker = new AttributeLinker(Tables.standard().index().attributes());
        TestArticle article = TestArticle.published("2022-03-04",
                "Moscow signed the treaty two months later, and Western sanctions have remained in force since 2014.");
        Claim since = article.claim("2014").subject("Western sanctions").predicate("have remained").build();
        assertThat(linker.candidates(since, List.of(since))).isEmpty();

        TestArticle sameSubject = TestArticle.published("2022-03-04",
                "The first summit of the bloc, also signed in Yekaterinburg, commenced on 16 June 2009.");
        Claim commenced = sameSubject.claim("16 June 2009").subject("first summit of the bloc").predicate("commenced")
                .build();
        assertThat(linker.candidates(commenced, List.of(commenced))).extracting(c -> c.attribute().id())
                .contains("signed");
    }

    @Test
    void givesAnEventPhraseTheDateSetOffAfterItByACommaAndOn() {
        AttributeLinker linker = new AttributeLinker(Tables.standard().index().attributes());
        TestArticle article = TestArticle.published("2022-03-04",
                "An app gave June 2001, confusing it with the signing of the treaty a month earlier, on 16 July 2001.");
        Claim early = article.claim("June 2001").build();
        Claim late = article.claim("16 July 2001").build();
        List<Claim> both = List.of(early, late);
        assertThat(linker.candidates(late, both)).extracting(c -> c.attribute().id()).contains("signed");
        assertThat(linker.candidates(early, both)).extracting(c -> c.attribute().id()).doesNotContain("signed");
    }

    @Test
    void offersOnlyEventAttributesToDatesAndOnlyMeasuresToAmounts() {
        AttributeLinker linker = new AttributeLinker(Tables.standard().index().attributes());
        TestArticle article = TestArticle.published("2022-03-04",
                "Bilateral trade began operations, so to speak, in 2019 at $100 billion.");
        Claim date = article.claim("2019").build();
        Claim money = article.claim("$100 billion").build();
        List<Claim> both = List.of(date, money);
        assertThat(linker.candidates(date, both)).extracting(c -> c.attribute().id()).containsExactly("began-operations");
        assertThat(linker.candidates(money, both)).extracting(c -> c.attribute().id()).containsExactly("trade");
    }

    @Test
    void prefersThePredicateOverAPhraseElsewhereInTheSentence() {
        AttributeLinker linker = new AttributeLinker(Tables.standard().index().attributes());
        TestArticle article = TestArticle.published("2022-03-04",
                "Launched with fanfare, the treaty was signed in 2001.");
        Claim claim = article.claim("2001").predicate("was signed").build();
        var candidates = linker.candidates(claim, List.of(claim));
        assertThat(candidates).extracting(c -> c.attribute().id()).containsExactly("signed", "began-operations");
        assertThat(candidates.get(0).place()).isEqualTo(Place.CLAIM);
    }

    @Test
    void resolvesTheTwoCountriesOnlyToPairsWhosePartiesWereNamed() {
        PairReferences pairs = new PairReferences(Tables.standard().index().subjects());
        String sentence = "Trade between the two countries grew.";
        assertThat(pairs.find(sentence, Words.of(sentence), "Russia met China.")).extracting(h -> h.pair().subject().id())
                .containsExactly("russia-china");
        assertThat(pairs.find(sentence, Words.of(sentence), "Russia met India.")).isEmpty();
        assertThat(Pair.of(Tables.standard().index().findSubject("power-of-siberia").orElseThrow())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and China                                         | true
            trade between Russia and China                           | true
            split between China and the Soviet Union                 | true
            Treaty of Good-Neighbourliness and Friendly Cooperation  | false
            oil and gas                                              | false
            """)
    void readsOnlyTwoProperNamesJoinedByAndAsAPair(String name, boolean pair) {
        Subject subject = new Subject("s", "Something", List.of(name), "subjects.csv", 2);
        assertThat(Pair.of(subject).isPresent()).as(name).isEqualTo(pair);
    }
}
