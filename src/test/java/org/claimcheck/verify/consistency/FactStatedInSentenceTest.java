package org.claimcheck.verify.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A sentence that gives a fact's value and another value for it speaks of two instances of the event. */
class FactStatedInSentenceTest {

    private final Tables tables = Tables.create()
            .subject("medvedev", "Dmitry Medvedev", "Medvedev")
            .event("elected", "elected", "elections");

    {
        tables.fact("medvedev", "elected", "2008-03-02").source("CEC");
    }

    @Test
    void sendsASecondDateForAFactTheSentenceStatesRightlyToReview() {
        TestArticle article = TestArticle.published("2009-10-20",
                "In the elections of 2 March 2008, Medvedev, elected on 17 December 2007 at the party congress, won.");

        List<Finding> findings = Runs.verify(tables, article,
                article.claim("2 March 2008").subject("Medvedev").predicate("elections"),
                article.claim("17 December 2007").subject("Medvedev").predicate("elected"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(findings.get(1).explanation()).contains("2 March 2008");
    }

    @Test
    void stillContradictsADayWhenTheSentenceConfirmsOnlyTheYear() {
        TestArticle article = TestArticle.published("2009-10-20", "Medvedev won the elections of 2008 and was elected president on 17 December.");

        List<Finding> findings = Runs.verify(tables, article,
                article.claim("2008").subject("Medvedev").predicate("won the elections"),
                article.claim("17 December").value("2008-12-17").subject("Medvedev").predicate("was elected"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
