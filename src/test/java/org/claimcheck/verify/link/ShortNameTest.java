package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A proper name that shortens one the article gave in full before refers back to it. */
class ShortNameTest {

    private final Tables tables = Tables.create()
            .subject("edward-viii", "Edward VIII", "King Edward VIII")
            .subject("george-vi", "George VI", "King George VI")
            .subject("beijing-stadium", "Beijing National Stadium", "Bird's Nest")
            .subject("power-of-siberia", "Russia–China gas pipeline", "Power of Siberia")
            .event("acceded", "ascended to the throne", "acceded")
            .event("opened", "opened");

    {
        tables.fact("edward-viii", "acceded", "1936-01-20").source("London Gazette");
        tables.fact("george-vi", "acceded", "1936-12-11").source("London Gazette");
        tables.fact("beijing-stadium", "opened", "2008-06-28").source("BOCOG");
        tables.fact("power-of-siberia", "opened", "2019-12-02").source("Gazprom");
    }

    @Test
    void aFirstNameAfterTheFullNameIsThatSubject() {
        TestArticle article = TestArticle.published("2005-11-24", "Edward VIII, king for 325 days, abdicated.",
                "The eldest son of George V, Edward ascended to the throne on January 21, 1936.");

        Finding finding = Runs.one(tables, article, article.claim("January 21, 1936").subject("Edward")
                .predicate("ascended to the throne").tagged("The/DT eldest/JJS son/NN of/IN George/NNP V/NNP ,/, "
                        + "Edward/NNP ascended/VBD to/TO the/DT throne/NN on/IN January/NNP 21/CD ,/, 1936/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.explanation()).contains("Edward VIII");
    }

    @Test
    void aShortFormOfSeveralWordsIsNoPlainDescriptionSoAConflictGoesToReview() {
        TestArticle article = TestArticle.published("2008-08-01", "The Beijing National Stadium seats 91,000.",
                "National Stadium was opened on 28 March 2008.");

        Finding finding = Runs.one(tables, article, article.claim("28 March 2008").subject("National Stadium")
                .predicate("was opened"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.PRECEDING_TEXT);
    }

    @Test
    void theLastWordsOfTheFullNameAgreeingWithTheTablesSupportTheClaim() {
        TestArticle article = TestArticle.published("2008-08-01", "The Beijing National Stadium seats 91,000.",
                "National Stadium was opened on 28 June 2008.");

        Finding finding = Runs.one(tables, article, article.claim("28 June 2008").subject("National Stadium")
                .predicate("was opened"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aShortFormOfTwoNamesBeforeIsNeither() {
        TestArticle article = TestArticle.published("2005-11-24",
                "King Edward VIII abdicated and King George VI followed.",
                "In the end, King ascended to the throne on January 21, 1936.");

        Finding finding = Runs.one(tables, article, article.claim("January 21, 1936").subject("King")
                .predicate("ascended to the throne"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void aNameThatShortensNothingNamedBeforeStaysUnlinked() {
        TestArticle article = TestArticle.published("2005-11-24", "Edward VIII abdicated in December 1936.",
                "In the end, Albert ascended to the throne on December 11, 1936.");

        Finding finding = Runs.one(tables, article, article.claim("December 11, 1936").subject("Albert")
                .predicate("ascended to the throne"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.link().strength()).isEqualTo(LinkStrength.NONE);
    }

    @Test
    void aCountrysNameIsANameOfItsOwn() {
        TestArticle article = TestArticle.published("2020-01-10", "The Russia–China gas pipeline carries gas east.",
                "In the end, Russia opened on 2 December 2018.");

        Finding finding = Runs.one(tables, article, article.claim("2 December 2018").subject("Russia")
                .predicate("opened"));

        assertThat(finding.link().strength()).as(finding.explanation()).isEqualTo(LinkStrength.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The charter was adopted in January 1993.", "The Charter was adopted in January 1993."})
    void aShortFormMustShortenTheNameAsTheArticleWroteIt(String before) {
        Tables charter = Tables.create().subject("sco-charter", "SCO Charter", "the charter").event("ratified",
                "ratified");
        charter.fact("sco-charter", "ratified", "2003-09-19").source("SCO");
        TestArticle article = TestArticle.published("2020-01-10", before,
                "In the end, Charter was ratified on 16 March 1994.");

        Finding finding = Runs.one(charter, article, article.claim("16 March 1994").subject("Charter")
                .predicate("was ratified"));

        assertThat(finding.link().strength()).as(finding.explanation()).isEqualTo(LinkStrength.NONE);
    }

    @Test
    void theFirstWordOfANameIsOnlyWhoseOrWhereItIs() {
        Tables bridge = Tables.create().subject("harbour-bridge", "Sydney Harbour Bridge").event("opened", "opened");
        bridge.fact("harbour-bridge", "opened", "1932-03-19").source("NSW");
        TestArticle article = TestArticle.published("2020-01-10", "The Sydney Harbour Bridge carries eight lanes.",
                "In the end, Sydney opened on 19 March 1931.");

        Finding finding = Runs.one(bridge, article, article.claim("19 March 1931").subject("Sydney")
                .predicate("opened"));

        assertThat(finding.link().strength()).as(finding.explanation()).isEqualTo(LinkStrength.NONE);
    }

    @Test
    void onlyANumeralInCapitalsIsARegnalNumber() {
        Tables xi = Tables.create().subject("xi", "President Xi", "Xi Jinping").event("visited", "visited");
        xi.fact("xi", "visited", "2023-03-20").source("Kremlin");
        TestArticle article = TestArticle.published("2023-03-25", "President Xi arrived in Moscow.",
                "In the end, President visited on 21 March 2023.");

        Finding finding = Runs.one(xi, article, article.claim("21 March 2023").subject("President")
                .predicate("visited"));

        assertThat(finding.link().strength()).as(finding.explanation()).isEqualTo(LinkStrength.NONE);
    }
}
