package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A deal named by its parties: a subject whose name joins two subjects the sentence names. */
class DealPartiesTest {

    private final Tables tables = Tables.create()
            .subject("adolph-ochs", "Adolph Ochs", "Ochs")
            .subject("nyt", "The New York Times", "New York Times")
            .subject("ochs-nyt-purchase", "Ochs's purchase of The New York Times")
            .subject("usa", "United States")
            .event("purchased", "purchased", "bought", "acquired")
            .event("founded", "founded");

    {
        tables.fact("ochs-nyt-purchase", "purchased", "1896-08").source("TIME");
        tables.fact("nyt", "founded", "1851-09-18").source("NYT");
    }

    @Test
    void anEventOfOnePartyUponTheOtherIsTheirDeal() {
        TestArticle article = TestArticle.published("2020-01-01", "In 1897 Ochs purchased the New York Times.");

        Finding finding = Runs.one(tables, article, article.claim("1897").subject("Ochs").predicate("purchased"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.link().reason()).contains("the parties of Ochs's purchase of The New York Times");
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.subject())
                .isEqualTo("ochs-nyt-purchase"));
    }

    @Test
    void aPartyWithAFactOfItsOwnKeepsIt() {
        TestArticle article = TestArticle.published("2020-01-01",
                "The New York Times, which Ochs later ran, was founded in 1851.");

        Finding finding = Runs.one(tables, article, article.claim("1851").subject("The New York Times")
                .predicate("was founded"));

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("nyt"));
    }

    @Test
    void oneNamedPartyIsNoDeal() {
        TestArticle article = TestArticle.published("2020-01-01", "In 1897 Ochs purchased a house.");

        Finding finding = Runs.one(tables, article, article.claim("1897").subject("Ochs").predicate("purchased"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.NO_FACT_FOR_ATTRIBUTE);
    }

    @Test
    void aSubjectNamedInsideAnotherNameOnlyIsNoParty() {
        TestArticle article = TestArticle.published("2020-01-01",
                "In 1897 the United States purchased the New York Times building.");

        Finding finding = Runs.one(tables, article, article.claim("1897").subject("the United States")
                .predicate("purchased"));

        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
