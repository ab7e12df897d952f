package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An event the value's clause says happened again is another instance of it, not the one the tables date. */
class AnotherInstanceTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("tim-cook", "Tim Cook", "Cook").event("became-ceo", "made CEO", "CEO");
        t.fact("tim-cook", "became-ceo", "2011-08-24").source("Apple").vintage("2011-08-24");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2009, Cook was made CEO again for several months.  | was made CEO
            In 2009, Cook was once more made CEO for several months. | made CEO
            In 2009, Cook was made CEO for the second time.       | was made CEO
            """)
    void neverJudgesAnotherInstanceAgainstTheFact(String sentence, String predicate) {
        TestArticle article = TestArticle.published("2012-01-10", sentence);

        Finding finding = Runs.one(tables, article, article.claim("2009").subject("Cook").predicate(predicate));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2009, Cook was made CEO.
            In 2009, Cook was made CEO, and Jobs stepped down again.
            """)
    void stillJudgesTheEventItself(String sentence) {
        TestArticle article = TestArticle.published("2012-01-10", sentence);

        Finding finding = Runs.one(tables, article, article.claim("2009").subject("Cook").predicate("was made CEO"));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }
}
