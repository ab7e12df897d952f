package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A conflict is never a guess between two subjects the sentence names: when the claim agrees with the same
 * attribute of the other one, it is ambiguous.
 */
class AnotherNamedSubjectTest {

    private final Tables tables = Tables.create()
            .subject("gotthard-base-tunnel", "Gotthard Base Tunnel", "GBT")
            .subject("seikan-tunnel", "Seikan Tunnel", "Seikan")
            .measure("length", "long", "length", "kilometre");

    {
        tables.fact("gotthard-base-tunnel", "length", "57.1 km").source("operator");
        tables.fact("seikan-tunnel", "length", "53.85 km").source("operator");
    }

    @Test
    void isAmbiguousWhenTheOtherNamedSubjectsFactAgrees() {
        TestArticle article = TestArticle.published("2016-06-02",
                "The GBT has surpassed Japan's 53.9-kilometre Seikan tunnel as the longest train tunnel.");

        Finding finding = Runs.one(tables, article, article.claim("53.9-kilometre").value("53.9 km")
                .subject("GBT").predicate("has surpassed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.AMBIGUOUS);
        assertThat(finding.explanation()).contains("Seikan Tunnel", "Gotthard Base Tunnel");
    }

    @Test
    void stillContradictsWhenNoNamedSubjectsFactAgrees() {
        TestArticle article = TestArticle.published("2016-06-02",
                "The GBT has surpassed Japan's 50-kilometre Seikan tunnel as the longest train tunnel.");

        Finding finding = Runs.one(tables, article, article.claim("50-kilometre").value("50 km")
                .subject("GBT").predicate("has surpassed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
