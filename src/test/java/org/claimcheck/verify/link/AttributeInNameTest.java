package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A word of a proper name that meets an event phrase only through its lemma is the name's, not the event. */
class AttributeInNameTest {

    private final Tables tables = Tables.create()
            .subject("adb", "Asian Development Bank", "ADB")
            .event("established", "established", "instituted", "summit");

    {
        tables.fact("adb", "established", "1966-12-19").source("ADB");
    }

    @Test
    void neverReadsANamesWordAsTheEventItsLemmaSpells() {
        TestArticle article = TestArticle.published("2020-01-01",
                "The Asian Development Bank Institute published a report in 2010.");

        Finding finding = Runs.one(tables, article, article.claim("2010").subject("The Asian Development Bank Institute")
                .predicate("published").tagged("The/DT Asian/NNP Development/NNP Bank/NNP Institute/NNP "
                        + "published/VBD a/DT report/NN in/IN 2010/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void stillReadsTheVerbAndANamesWordSpeltAsThePhrase() {
        TestArticle article = TestArticle.published("2020-01-01", "The Asian Development Bank was instituted in 1967.");

        Finding finding = Runs.one(tables, article, article.claim("1967").subject("The Asian Development Bank")
                .predicate("was instituted").tagged("The/DT Asian/NNP Development/NNP Bank/NNP was/VBD "
                        + "instituted/VBN in/IN 1967/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
