package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Figures listed before "respectively" pair, in order, with the measures, or else the subjects, listed before them. */
class RespectivelyTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("ecb", "European Central Bank", "ECB")
                .measure("mro-rate", "main refinancing operations", "main refinancing rate")
                .measure("lending-rate", "marginal lending facility")
                .measure("deposit-rate", "deposit facility");
        t.fact("ecb", "mro-rate", "4.5%").period("2023").source("ECB").vintage("2023-09-20");
        t.fact("ecb", "lending-rate", "4.75%").period("2023").source("ECB").vintage("2023-09-20");
        t.fact("ecb", "deposit-rate", "4%").period("2023").source("ECB").vintage("2023-09-20");
        return t;
    }

    private static final String RATES = "In 2023 the ECB raised its rates on the main refinancing operations, the "
            + "marginal lending facility and the deposit facility to %s, %s and %s respectively.";

    @Test
    void readsEachFigureAsTheMeasureInTheSamePlace() {
        TestArticle article = TestArticle.published("2023-10-01", String.format(RATES, "4.50%", "4.75%", "4.00%"));

        List<Finding> findings = Runs.verify(tables, article, article.claim("4.50%").period("2023"),
                article.claim("4.75%").period("2023"), article.claim("4.00%").period("2023"));

        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(findings).extracting(f -> f.evidence().get(0)).extracting(Evidence::attribute)
                .containsExactly("mro-rate", "lending-rate", "deposit-rate");
    }

    @Test
    void neverSupportsAFigureByAMeasureInAnotherPlace() {
        TestArticle article = TestArticle.published("2023-10-01", String.format(RATES, "4.75%", "4.00%", "4.50%"));

        List<Finding> findings = Runs.verify(tables, article, article.claim("4.75%").period("2023"),
                article.claim("4.00%").period("2023"), article.claim("4.50%").period("2023"));

        assertThat(findings).extracting(Finding::verdict).doesNotContain(Verdict.SUPPORTED);
    }

    @Test
    void readsNoMeasureOfAListThatDoesNotPairOff() {
        TestArticle article = TestArticle.published("2023-10-01", "In 2023 the ECB's deposit facility and the "
                + "marginal lending facility stood at 4.00%, 4.75% and 4.50% respectively.");

        List<Finding> findings = Runs.verify(tables, article, article.claim("4.00%").period("2023"),
                article.claim("4.75%").period("2023"), article.claim("4.50%").period("2023"));

        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.UNVERIFIABLE);
    }

    private static Tables accessions() {
        Tables t = Tables.create().subject("armenia", "Armenia").subject("kyrgyzstan", "Kyrgyzstan")
                .event("joined-eaeu", "joined the Eurasian Economic Union", "joined");
        t.fact("armenia", "joined-eaeu", "2015-01-02").source("EAEU").vintage("2016-01-01");
        t.fact("kyrgyzstan", "joined-eaeu", "2015-08-12").source("EAEU").vintage("2016-01-01");
        return t;
    }

    @Test
    void pairsEachFigureWithTheSubjectInTheSamePlaceWhenOneEventIsNamed() {
        TestArticle article = TestArticle.published("2020-01-10", "Armenia and Kyrgyzstan joined the Eurasian "
                + "Economic Union on 2 January 2015 and 12 August 2015, respectively.");

        List<Finding> findings = Runs.verify(accessions(), article,
                article.claim("2 January 2015").subject("Armenia and Kyrgyzstan").predicate("joined"),
                article.claim("12 August 2015").subject("Armenia and Kyrgyzstan").predicate("joined"));

        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(findings).extracting(f -> f.evidence().get(0)).extracting(Evidence::subject)
                .containsExactly("armenia", "kyrgyzstan");
    }

    @Test
    void contradictsAFigureAgainstTheSubjectInItsOwnPlaceOnly() {
        TestArticle article = TestArticle.published("2020-01-10", "Kyrgyzstan and Armenia joined the Eurasian "
                + "Economic Union on 2 January 2015 and 12 August 2015, respectively.");

        List<Finding> findings = Runs.verify(accessions(), article,
                article.claim("2 January 2015").subject("Kyrgyzstan and Armenia").predicate("joined"),
                article.claim("12 August 2015").subject("Kyrgyzstan and Armenia").predicate("joined"));

        assertThat(findings).extracting(f -> f.evidence().get(0)).extracting(Evidence::subject)
                .containsExactly("kyrgyzstan", "armenia");
        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.CONTRADICTED);
    }

    @Test
    void leavesSubjectsAloneWhenTheFiguresPairWithMeasures() {
        Tables t = tables().subject("fed", "Federal Reserve", "Fed");
        TestArticle article = TestArticle.published("2023-10-01", "In 2023 the ECB and the Fed set rates on the main "
                + "refinancing operations and the marginal lending facility at 4.50% and 4.75% respectively.");

        List<Finding> findings = Runs.verify(t, article, article.claim("4.50%").period("2023"),
                article.claim("4.75%").period("2023"));

        assertThat(findings).extracting(f -> f.evidence().get(0)).extracting(Evidence::attribute)
                .containsExactly("mro-rate", "lending-rate");
    }
}
