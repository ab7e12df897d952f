package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A measure's word glued to one value ("km-long") is that value's, not the other figures' of the sentence. */
class MeasureWordOwnerTest {

    private final Tables tables = Tables.create()
            .subject("bogibeel-bridge", "Bogibeel Bridge", "Bogibeel")
            .measure("length", "long", "length", "km-long");

    {
        tables.fact("bogibeel-bridge", "length", "4.94 km").source("railway ministry");
    }

    @Test
    void judgesOnlyTheValueTheMeasureWordIsGluedTo() {
        TestArticle article = TestArticle.published("2018-12-25",
                "The Bogibeel bridge, 4.94 km-long, is situated 17 km downstream of Dibrugarh.");

        List<Finding> findings = Runs.verify(tables, article,
                article.claim("4.94 km").subject("Bogibeel bridge").predicate("is situated"),
                article.claim("17 km").subject("Bogibeel bridge").predicate("is situated"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
