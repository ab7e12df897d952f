package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A figure stated under a condition of what it counts is another definition of the measure: review, not error. */
class ConditionalFigureTest {

    private final Tables tables = Tables.create()
            .subject("arden-river", "Arden River", "Arden")
            .measure("length", "length", "long", "measured at");

    {
        tables.fact("arden-river", "length", "6,400 km").source("Gazetteer");
    }

    private Finding check(String sentence, String figure, String predicate) {
        TestArticle article = TestArticle.published("2024-01-01", sentence);
        return Runs.one(tables, article, article.claim(figure).subject("Arden River").predicate(predicate));
    }

    @Test
    void sendsAFigureThatCountsWhatAConditionAddsToReview() {
        Finding finding = check("The Arden River has been measured at around 7,062 kilometres (4,388 miles) when "
                + "certain tributaries are included in the measurement.", "7,062 kilometres", "has been measured");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("when certain tributaries are included");
    }

    @Test
    void sendsAFigureIncludingMoreThanTheMeasureToReview() {
        Finding finding = check("The Arden River is 7,062 kilometres long including its delta channels.",
                "7,062 kilometres", "is");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("including its delta channels");
    }

    @Test
    void sendsAFigureWithABracketedExclusionToReview() {
        Finding finding = check("The Arden River is 7,062 kilometres (excluding its delta channels) long.",
                "7,062 kilometres", "is");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("excluding its delta channels");
    }

    @Test
    void stillContradictsAFigureWithoutACondition() {
        Finding finding = check("The Arden River has been measured at 7,062 kilometres.", "7,062 kilometres",
                "has been measured");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void readsATimeClauseAsNoCondition() {
        Finding finding = check("The Arden River was measured at 7,062 kilometres when it was first surveyed.",
                "7,062 kilometres", "was measured");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
