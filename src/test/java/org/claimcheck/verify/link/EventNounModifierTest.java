package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** An event noun that only describes the noun after it ("the Accession Protocol") names that thing, not the event. */
class EventNounModifierTest {

    private final Tables tables = Tables.create()
            .subject("nato", "NATO")
            .subject("north-macedonia", "North Macedonia")
            .event("joined-nato", "joined NATO", "joined", "accession", "membership");

    {
        tables.fact("north-macedonia", "joined-nato", "2020-03-27").source("NATO");
    }

    @Test
    void neverContradictsWithTheDateOfAThingTheEventNounDescribes() {
        TestArticle article = TestArticle.published("2020-04-01",
                "NATO Allies signed North Macedonia's Accession Protocol in February 2019.");

        Finding finding = Runs.one(tables, article, article.claim("February 2019").subject("NATO Allies")
                .predicate("signed").tagged("NATO/NNP Allies/NNPS signed/VBD North/NNP Macedonia/NNP 's/POS "
                        + "Accession/NNP Protocol/NNP in/IN February/NNP 2019/CD ./."));

        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().reason()).contains("Protocol");
    }

    @Test
    void stillJudgesTheEventNounThatHeadsItsPhrase() {
        TestArticle article = TestArticle.published("2020-04-01",
                "NATO Allies approved North Macedonia's Accession in February 2019.");

        Finding finding = Runs.one(tables, article, article.claim("February 2019").subject("NATO Allies")
                .predicate("approved").tagged("NATO/NNP Allies/NNPS approved/VBD North/NNP Macedonia/NNP 's/POS "
                        + "Accession/NNP in/IN February/NNP 2019/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.link().strength()).isIn(LinkStrength.ARGUMENT, LinkStrength.CLAUSE);
    }
}
