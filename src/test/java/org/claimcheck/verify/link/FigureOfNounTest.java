package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A figure between a determiner and a common noun is that noun's, not a fact's whose words it lacks. */
class FigureOfNounTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("exxon-mobil", "Exxon–Mobil merger", "Mobil", "Exxon")
                .measure("deal-value", "deal value", "worth", "purchased", "bought");
        t.fact("exxon-mobil", "deal-value", "$73.7 billion").source("AP").vintage("1998-12-02");
        return t;
    }

    @Test
    void readsAFigureBeforeAnotherNounAsThatNouns() {
        String sentence = "Mobil, the leader in the $184.5 billion oil industry, purchased Exxon.";
        TestArticle article = TestArticle.published("2000-01-10", sentence);

        Finding finding = Runs.one(tables, article, article.claim("$184.5 billion").subject("Mobil")
                .predicate("purchased Exxon").tagged("Mobil/NNP ,/, the/DT leader/NN in/IN the/DT $/$ 184.5/CD "
                        + "billion/CD oil/NN industry/NN ,/, purchased/VBD Exxon/NNP ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void stillJudgesAFigureOfANounTheFactNames() {
        TestArticle article = TestArticle.published("2000-01-10", "Exxon bought Mobil in a $80 billion deal.");

        Finding finding = Runs.one(tables.measure("deal-size", "deal"), article, article.claim("$80 billion")
                .subject("Exxon").predicate("bought Mobil")
                .tagged("Exxon/NNP bought/VBD Mobil/NNP in/IN a/DT $/$ 80/CD billion/CD deal/NN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void readsAFigureAfterAnotherNounAndOfAsThatNouns() {
        Tables building = Tables.create().subject("arden-tower", "Arden Tower").measure("cost", "cost", "built for");
        building.fact("arden-tower", "cost", "$41 million").source("Building register");
        TestArticle article = TestArticle.published("2012-01-10", "Arden Tower generated an income of $156 million "
                + "in 2011, so the cost of the building has been repaid.");

        Finding finding = Runs.one(building, article, article.claim("$156 million").subject("Arden Tower")
                .predicate("generated an income of").tagged("Arden/NNP Tower/NNP generated/VBD an/DT income/NN of/IN "
                        + "$/$ 156/CD million/CD in/IN 2011/CD ,/, so/IN the/DT cost/NN of/IN the/DT building/NN "
                        + "has/VBZ been/VBN repaid/VBN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void stillJudgesAFigureAfterAWordThatOnlyFramesIt() {
        Tables building = Tables.create().subject("arden-tower", "Arden Tower").measure("cost", "cost", "built for");
        building.fact("arden-tower", "cost", "$41 million").source("Building register");
        TestArticle article = TestArticle.published("2012-01-10", "Arden Tower cost a total of $156 million.");

        Finding finding = Runs.one(building, article, article.claim("$156 million").subject("Arden Tower")
                .predicate("cost").tagged("Arden/NNP Tower/NNP cost/VBD a/DT total/NN of/IN $/$ 156/CD million/CD "
                        + "./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
