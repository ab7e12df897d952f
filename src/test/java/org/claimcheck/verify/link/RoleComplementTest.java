package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** An office an event verb names ("elected Mayor of Istanbul") that the fact does not may be another election. */
class RoleComplementTest {

    private final Tables tables = Tables.create()
            .subject("erdogan", "Recep Tayyip Erdogan", "Erdogan")
            .event("elected", "elected", "won the presidential election")
            .event("sworn-in", "sworn in");

    {
        tables.fact("erdogan", "elected", "2014-08-10").source("Al Jazeera");
        tables.fact("erdogan", "sworn-in", "2014-08-28").source("UPI");
    }

    @Test
    void neverContradictsWithTheDateOfAnElectionToAnOfficeTheFactDoesNotName() {
        TestArticle article = TestArticle.published("2020-01-01", "In 2012, Erdogan was elected Mayor of Istanbul.");

        Finding finding = Runs.one(tables, article, article.claim("2012").subject("Erdogan")
                .predicate("was elected Mayor of Istanbul").tagged("In/IN 2012/CD ,/, Erdogan/NNP was/VBD "
                        + "elected/VBN Mayor/NNP of/IN Istanbul/NNP ./."));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().reason()).contains("Mayor of Istanbul");
    }

    @Test
    void stillContradictsAnElectionToAnOfficeTheTablesName() {
        TestArticle article = TestArticle.published("2020-01-01", "In 2015, Erdogan was elected president.");

        Finding finding = Runs.one(tables, article, article.claim("2015").subject("Erdogan")
                .predicate("was elected president").tagged("In/IN 2015/CD ,/, Erdogan/NNP was/VBD elected/VBN "
                        + "president/NN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void stillContradictsAnElectionThatNamesNoOffice() {
        TestArticle article = TestArticle.published("2020-01-01", "Erdogan was elected in 2015.");

        Finding finding = Runs.one(tables, article, article.claim("2015").subject("Erdogan")
                .predicate("was elected").tagged("Erdogan/NNP was/VBD elected/VBN in/IN 2015/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void takesNoWordOfTimeAfterTheVerbForAnOffice() {
        TestArticle article = TestArticle.published("2020-01-01", "Erdogan was elected last week, on 10 August 2015.");

        Finding finding = Runs.one(tables, article, article.claim("10 August 2015").subject("Erdogan")
                .predicate("was elected").tagged("Erdogan/NNP was/VBD elected/VBN last/JJ week/NN ,/, on/IN 10/CD "
                        + "August/NNP 2015/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void readsTheOfficeAfterAPhraseWithAParticle() {
        TestArticle article = TestArticle.published("2020-01-01", "Erdogan was sworn in as prime minister on 14 March 2013.");

        Finding finding = Runs.one(tables, article, article.claim("14 March 2013").subject("Erdogan")
                .predicate("was sworn in").tagged("Erdogan/NNP was/VBD sworn/VBN in/RP as/IN prime/JJ minister/NN "
                        + "on/IN 14/CD March/NNP 2013/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().reason()).contains("prime minister");
    }
}
