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

/** A verb of beginning with another verb after it dates the start of that activity, not a founding. */
class StartOfAnotherTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("toyota", "Toyota", "Toyota Motor Corporation")
                .event("founded", "founded", "established", "began", "started");
        t.fact("toyota", "founded", "1937-08-28").source("Toyota").vintage("2020-01-01");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 1950, Toyota began to expand its operations outside of Japan.  | 1950 | began to expand  | In/IN 1950/CD ,/, Toyota/NNP began/VBD to/TO expand/VB its/PRP$ operations/NNS outside/IN of/IN Japan/NNP ./.
            Toyota began exporting cars to the United States in 1960.         | 1960 | began exporting  | Toyota/NNP began/VBD exporting/VBG cars/NNS to/TO the/DT United/NNP States/NNPS in/IN 1960/CD ./.
            In 1936, Toyota started to build cars.                            | 1936 | started to build | In/IN 1936/CD ,/, Toyota/NNP started/VBD to/TO build/VB cars/NNS ./.
            Toyota started in the loom business in 1926.                      | 1926 | started          | Toyota/NNP started/VBD in/IN the/DT loom/NN business/NN in/IN 1926/CD ./.
            """)
    void readsABeginningWithAnotherVerbAfterItAsThatActivitysStart(String sentence, String year, String predicate,
            String tagged) {
        TestArticle article = TestArticle.published("2020-01-01", sentence);

        Finding finding = Runs.one(tables, article, article.claim(year).subject("Toyota").predicate(predicate)
                .tagged(tagged));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @Test
    void stillJudgesABeginningThatIsTheEventItself() {
        TestArticle article = TestArticle.published("2020-01-01", "Toyota began in 1933 as a division of a loom maker.");

        Finding finding = Runs.one(tables, article, article.claim("1933").subject("Toyota").predicate("began")
                .tagged("Toyota/NNP began/VBD in/IN 1933/CD as/IN a/DT division/NN of/IN a/DT loom/NN maker/NN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void readsTheSameFromWordsWithoutTags() {
        TestArticle article = TestArticle.published("2020-01-01", "Toyota began exporting cars in 1960.");

        Finding finding = Runs.one(tables, article, article.claim("1960").subject("Toyota")
                .predicate("began exporting"));

        assertThat(finding.reason()).as(finding.explanation()).isEqualTo(Reason.OTHER_FACT);
    }
}
