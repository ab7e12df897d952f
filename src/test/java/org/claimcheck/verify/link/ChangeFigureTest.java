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

/** A figure that says by how much something changed is no value of the level a measure records. */
class ChangeFigureTest {

    private final Tables tables = Tables.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia–China trade rose by $20 billion in 2021.                           | rose by
            Russia–China trade was $20 billion higher in 2021 than in 2020.           | higher
            In 2021 Russia–China trade was up $20 billion on the year before.         | up
            Russia–China trade saw an increase of about $20 billion in 2021.          | increase of
            """)
    void neverJudgesAChangeAgainstTheLevel(String sentence, String changeWords) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);

        Finding finding = Runs.one(tables, article, article.claim("$20 billion").subject("Russia–China trade")
                .period("2021"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @org.junit.jupiter.api.Test
    void readsAChangeThroughTheObjectOfItsVerb() {
        TestArticle article = TestArticle.published("2022-03-04", "In 2021 the deal boosted Russia–China trade by $20 billion.");

        Finding finding = Runs.one(tables, article, article.claim("$20 billion").subject("Russia–China trade")
                .period("2021").tagged("In/IN 2021/CD the/DT deal/NN boosted/VBD Russia–China/NNP trade/NN by/IN $/$ "
                        + "20/CD billion/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia–China trade rose to $20 billion in 2021.
            Russia–China trade, made up of $20 billion of goods, was booming in 2021.
            Russia–China trade went up to $20 billion in 2021.
            """)
    void stillJudgesALevel(String sentence) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);

        Finding finding = Runs.one(tables, article, article.claim("$20 billion").subject("Russia–China trade")
                .period("2021"));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void stillJudgesAChangeAgainstAnAttributeThatRecordsChanges() {
        Tables growth = Tables.standard().measure("trade-growth", "trade growth", "trade rose");
        growth.fact("russia-china", "trade-growth", "35.8%").period("2021").source("China customs");
        TestArticle article = TestArticle.published("2022-03-04", "Russia–China trade rose by 35.8% in 2021.");

        Finding finding = Runs.one(growth, article, article.claim("35.8%").subject("Russia–China trade").period("2021"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.SUPPORTED);
    }
}
