package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A description whose head is a common noun refers back, whatever capitalised words describe it. */
class DescriptionReferenceTest {

    private final Tables tables = Tables.create()
            .subject("putin", "Vladimir Putin", "Putin")
            .event("sworn-in", "took oath", "sworn in");

    {
        tables.fact("putin", "sworn-in", "2018-05-07").source("Kremlin");
    }

    @Test
    void aDescriptionWithANationalityAdjectiveRefersBackToTheNameBefore() {
        TestArticle article = TestArticle.published("2018-05-08", "Vladimir Putin was inaugurated for a fourth term.",
                "The 65-year-old Russian leader took oath on 7 May 2018.");

        Finding finding = Runs.one(tables, article, article.claim("7 May 2018").subject("The 65-year-old Russian leader")
                .predicate("took oath").tagged("The/DT 65-year-old/JJ Russian/JJ leader/NN took/VBD oath/NN on/IN 7/CD "
                        + "May/NNP 2018/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aProperNameStillDoesNotReferBack() {
        TestArticle article = TestArticle.published("2018-05-08", "Vladimir Putin was inaugurated for a fourth term.",
                "Dmitry Medvedev took oath on 8 May 2018.");

        Finding finding = Runs.one(tables, article, article.claim("8 May 2018").subject("Dmitry Medvedev")
                .predicate("took oath").tagged("Dmitry/NNP Medvedev/NNP took/VBD oath/NN on/IN 8/CD May/NNP 2018/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
