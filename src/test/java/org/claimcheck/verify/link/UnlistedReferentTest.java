package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A description ("the lake") after a name that holds its noun ("Lake Morrow") and that the tables lack is more
 * likely that name's than a subject named farther up.
 */
class UnlistedReferentTest {

    private final Tables tables = Tables.create()
            .subject("lake-arden", "Lake Arden", "Arden")
            .measure("area", "area", "surface area", "covers");

    {
        tables.fact("lake-arden", "area", "68,800 km2").source("Gazetteer");
    }

    @Test
    void neverContradictsWithTheFactOfALakeNamedBeforeTheLakeTheTablesLack() {
        TestArticle article = TestArticle.published("2024-01-01", "Lake Arden", "It lies on the equator.",
                "Lake Morrow", "It has a shoreline of 2,300 km.",
                "The lake is located in the far north and covers 31,722 square kilometres.");

        Finding finding = Runs.one(tables, article, article.claim("31,722 square kilometres").subject("lake")
                .predicate("covers"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.explanation()).contains("Lake Morrow");
    }

    @Test
    void stillSendsToReviewWhenNoOtherNameHoldsTheNoun() {
        TestArticle article = TestArticle.published("2024-01-01", "Lake Arden", "It lies on the equator.",
                "The Morrow River flows north.", "It has a delta of 2,300 km.",
                "The lake is located in the far north and covers 31,722 square kilometres.");

        Finding finding = Runs.one(tables, article, article.claim("31,722 square kilometres").subject("lake")
                .predicate("covers"));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.POSSIBLE_CONFLICT, Verdict.CONTRADICTED);
    }

    @Test
    void takesANameForNoDescription() {
        Tables plant = Tables.create().subject("arden-plant", "Arden Solar Plant", "Arden project")
                .measure("cost", "cost", "costs");
        plant.fact("arden-plant", "cost", "2.2 billion USD").source("Annual report");
        TestArticle article = TestArticle.published("2024-01-01", "* The Arden Solar Plant is the largest in the "
                + "region.", "* It has 1,000 mirrors.", "* The project cost $2.2 billion and its largest investor is "
                + "Morrow Energy, a generating company.", "* The United States Department of Energy put the cost of "
                + "this project at $1.6 billion.").titled("Arden Solar Plant");

        Finding finding = Runs.one(plant, article, article.claim("$1.6 billion")
                .subject("United States Department of Energy").predicate("put"));

        assertThat(finding.explanation()).doesNotContain("Morrow Energy");
    }
}
