package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A year that is part of a subject's name in the tables ("the 2008 Games") is the name, not a date of its events. */
class YearInNameTest {

    private final Tables tables = Tables.create()
            .subject("beijing-2008", "2008 Summer Olympics", "2008 Games", "Beijing Olympics")
            .event("awarded", "awarded", "were awarded");

    {
        tables.fact("beijing-2008", "awarded", "2001-07-13");
    }

    @Test
    void theYearInTheNameIsNotJudgedButTheDateOfTheEventIs() {
        TestArticle article = TestArticle.published("2022-05-29",
                "The 2008 Games were awarded to Beijing by the International Olympic Committee on July 13, 2001.");
        List<Finding> findings = Runs.verify(tables, article,
                article.claim("2008").subject("2008 Games").predicate("were awarded"),
                article.claim("July 13, 2001").subject("2008 Games").predicate("were awarded"));

        assertThat(findings.get(0).verdict()).as(findings.get(0).explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(findings.get(0).reason()).isEqualTo(Reason.OTHER_FACT);
        assertThat(findings.get(1).verdict()).as(findings.get(1).explanation()).isEqualTo(Verdict.SUPPORTED);
    }
}
