package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A clause that leaves its verb out ("… and Chatter in 2014") is about the name it keeps. */
class GappedClauseTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("brightwave", "Brightwave")
                .subject("snapgram-deal", "Brightwave's acquisition of Snapgram", "Snapgram")
                .subject("chatter-deal", "Brightwave's acquisition of Chatter", "Chatter")
                .event("acquired", "bought", "acquired", "acquisition");
        t.fact("snapgram-deal", "acquired", "2012-04-09").source("Company filing").vintage("2015-01-01");
        t.fact("chatter-deal", "acquired", "2014-10-06").source("Company filing").vintage("2015-01-01");
        return t;
    }

    private static List<Finding> check(String year) {
        String sentence = "Brightwave acquired Snapgram in 2012 and Chatter in " + year + ".";
        String tagged = "Brightwave/NNP acquired/VBD Snapgram/NNP in/IN 2012/CD and/CC Chatter/NNP in/IN " + year
                + "/CD ./.";
        TestArticle article = TestArticle.published("2016-01-01", sentence);
        return Runs.verify(new GappedClauseTest().tables, article,
                article.claim("2012").subject("Brightwave").predicate("acquired Snapgram").tagged(tagged),
                article.claim(year).subject("Chatter").predicate("acquired Snapgram").tagged(tagged));
    }

    @Test
    void readsTheVerbLeftOutAsAboutTheNameTheClauseKeeps() {
        List<Finding> findings = check("2014");

        assertThat(findings).allSatisfy(f -> assertThat(f.verdict()).as(f.explanation())
                .isEqualTo(Verdict.SUPPORTED));
        assertThat(findings.get(1).explanation()).contains("acquisition of Chatter");
    }

    @Test
    void judgesAWrongYearInTheClauseAgainstTheNameItKeeps() {
        Finding finding = check("2015").get(1);

        assertThat(finding.verdict()).as(finding.explanation())
                .isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("acquisition of Chatter");
    }

    @Test
    void leavesAClauseWithItsOwnSubjectAndVerbToTheVerbsObject() {
        TestArticle article = TestArticle.published("2016-01-01", "Brightwave acquired Snapgram in 2012.");

        Finding finding = Runs.verify(tables, article, article.claim("2012").subject("Brightwave")
                .predicate("acquired Snapgram").tagged("Brightwave/NNP acquired/VBD Snapgram/NNP in/IN 2012/CD ./."))
                .get(0);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.explanation()).contains("acquisition of Snapgram");
    }
}
