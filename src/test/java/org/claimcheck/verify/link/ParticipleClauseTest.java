package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A date in a participle's clause after a comma is that participle's, not the date of an event named before it. */
class ParticipleClauseTest {

    private final Tables tables = Tables.create()
            .subject("turkstream", "TurkStream")
            .event("opened", "opened", "became operational", "commissioned");

    {
        tables.fact("turkstream", "opened", "2020-01-08").source("operator");
    }

    @Test
    void aDateAfterACommaAndAParticipleIsNotTheEarlierEventsDate() {
        TestArticle article = TestArticle.published("2024-01-01",
                "TurkStream became operational in line with the development plan, covering the year 2018.");

        Finding finding = Runs.one(tables, article, article.claim("2018").subject("the development plan")
                .predicate("covering the year").tagged("TurkStream/NNP became/VBD operational/JJ in/IN line/NN "
                        + "with/IN the/DT development/NN plan/NN ,/, covering/VBG the/DT year/NN 2018/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void aParticipleThatWorksAsAPrepositionOpensNoClause() {
        TestArticle article = TestArticle.published("2024-01-01",
                "TurkStream was commissioned by four leaders, including those of Turkey and Russia, in 2018.");

        Finding finding = Runs.one(tables, article, article.claim("2018").subject("TurkStream")
                .predicate("was commissioned").tagged("TurkStream/NNP was/VBD commissioned/VBN by/IN four/CD "
                        + "leaders/NNS ,/, including/VBG those/DT of/IN Turkey/NNP and/CC Russia/NNP ,/, in/IN "
                        + "2018/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding.reason()).isEqualTo(Reason.WRONG_YEAR);
    }
}
