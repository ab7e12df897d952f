package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name in the subject phrase is the subject only when it heads it, or is what the attribute's own noun acts on. */
class SubjectPhraseHeadTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("lanport-hall", "Lanport Concert Hall", "Concert Hall")
                .event("construction-began", "construction began", "construction started", "construction on",
                        "construction of");
        t.fact("lanport-hall", "construction-began", "1959-03-02").source("Lanport archive").vintage("2000-01-01");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Construction on the Lanport Concert Hall started in 1969.     | Construction on the Lanport Concert Hall | started
            The construction of the Lanport Concert Hall began in 1969.   | construction of the Lanport Concert Hall | began
            """)
    void judgesANameThatTheAttributesOwnNounActsOn(String sentence, String subject, String predicate) {
        TestArticle article = TestArticle.published("2000-01-01", sentence);

        Finding finding = Runs.one(tables(), article, article.claim("1969").subject(subject).predicate(predicate));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A report on the Lanport Concert Hall was published in 1969.  | report on the Lanport Concert Hall | was published
            """)
    void leavesANameThatOnlyModifiesAnotherHeadUnjudged(String sentence, String subject, String predicate) {
        Tables published = tables().event("published", "published");
        published.fact("lanport-hall", "published", "1959-03-02").source("Lanport archive").vintage("2000-01-01");
        TestArticle article = TestArticle.published("2000-01-01", sentence);

        Finding finding = Runs.one(published, article, article.claim("1969").subject(subject).predicate(predicate));

        assertThat(finding.reason()).as(finding.explanation()).isEqualTo(Reason.OTHER_FACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Only three of the 1,415 crew on board HMS Hood survived.     | crew on board HMS Hood      | survived
            Only three of 1,415 men aboard the HMS Hood survived.         | men aboard the HMS Hood     | survived
            """)
    void judgesANameRightAfterTheMeasuresOwnPhrase(String sentence, String subject, String predicate) {
        Tables t = Tables.create().subject("hms-hood", "HMS Hood").measure("aboard", "aboard", "on board");
        t.fact("hms-hood", "aboard", "1,418").period("1941").source("Admiralty").vintage("1941-06-01");
        TestArticle article = TestArticle.published("2016-05-24", sentence);

        Finding finding = Runs.one(t, article, article.claim("1,415").subject(subject).predicate(predicate));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void leavesANameAfterAnotherNounOfTheMeasuresPhraseUnjudged() {
        Tables t = Tables.create().subject("hms-hood", "HMS Hood").measure("aboard", "aboard", "on board");
        t.fact("hms-hood", "aboard", "1,418").period("1941").source("Admiralty").vintage("1941-06-01");
        TestArticle article = TestArticle.published("2016-05-24",
                "Only 3 of the 1,415 crew on board the tender of HMS Hood survived.");

        Finding finding = Runs.one(t, article, article.claim("1,415").subject("crew on board the tender of HMS Hood")
                .predicate("survived"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
