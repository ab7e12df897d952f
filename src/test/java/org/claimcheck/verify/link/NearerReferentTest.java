package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A description refers to the subject its own paragraph names, even when only one named farther up has the fact. */
class NearerReferentTest {

    private final Tables tables = Tables.create()
            .subject("nord-stream-2", "Nord Stream 2", "Nord Stream 2 pipeline")
            .subject("turkstream", "TurkStream", "TurkStream pipeline")
            .event("completed", "completed", "completion");

    {
        tables.fact("nord-stream-2", "completed", "2021-09-10").source("Gazprom");
    }

    @Test
    void neverContradictsWithTheFactOfASubjectNamedFartherUp() {
        TestArticle article = TestArticle.published("2024-01-01", "After the closure of the Nord Stream 2 pipeline, "
                + "gas went south.", "The TurkStream pipeline has two strings. It stretches from Anapa to Kiyikoy. "
                + "The pipeline was completed by the end of 2019.");

        Finding finding = Runs.one(tables, article, article.claim("2019").subject("The pipeline")
                .predicate("was completed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.explanation()).contains("TurkStream");
    }

    @Test
    void stillContradictsWhenTheParagraphNamesNoOtherReferent() {
        TestArticle article = TestArticle.published("2024-01-01", "The Nord Stream 2 pipeline runs under the Baltic.",
                "It stretches from Ust-Luga to Lubmin. Gas never flowed. The pipeline was completed by the end of 2019.");

        Finding finding = Runs.one(tables, article, article.claim("2019").subject("The pipeline")
                .predicate("was completed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void neverContradictsWhenTheDescriptionFitsTwoSubjectsWithTheFact() {
        Tables both = Tables.create()
                .subject("nord-stream-2", "Nord Stream 2", "Nord Stream 2 pipeline")
                .subject("turkstream", "TurkStream", "TurkStream pipeline")
                .event("completed", "completed", "completion");
        both.fact("nord-stream-2", "completed", "2021-09-10").source("Gazprom");
        both.fact("turkstream", "completed", "2018-11-19").source("Gazprom");
        TestArticle article = TestArticle.published("2024-01-01", "The TurkStream pipeline runs under the Black Sea. "
                + "After Nord Stream 2, it is the newest pipeline in Europe. This pipeline was completed in 2018.");

        Finding finding = Runs.one(both, article, article.claim("2018").subject("This pipeline")
                .predicate("was completed"));

        assertThat(finding.verdict()).as(finding.explanation()).isNotIn(Verdict.CONTRADICTED,
                Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.explanation()).contains("fits");
    }
}
