package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A measure set right before a subject's name is that subject's one measure of its unit, never a firm link. */
class MeasureOnNameTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("btc", "Baku-Tbilisi-Ceyhan pipeline", "BTC pipeline")
                .subject("nord-stream", "Nord Stream")
                .measure("length", "length", "long")
                .measure("offshore-length", "offshore section")
                .measure("cost", "cost");
        t.fact("btc", "length", "1,768 km").source("Encyclopedia").vintage("2025-08-01");
        t.fact("btc", "cost", "3.9 billion USD").source("Encyclopedia").vintage("2025-08-01");
        t.fact("nord-stream", "length", "1,222 km").source("Encyclopedia").vintage("2025-08-01");
        t.fact("nord-stream", "offshore-length", "1,224 km").source("Encyclopedia").vintage("2025-08-01");
        return t;
    }

    @Test
    void readsALengthBeforeTheNameAsTheSubjectsOnlyLength() {
        TestArticle article = TestArticle.published("2006-07-13",
                "The 1,768-kilometer Baku-Tbilisi-Ceyhan pipeline was built to carry crude oil.");
        Finding finding = Runs.one(tables, article, article.claim("1,768-kilometer")
                .subject("Baku-Tbilisi-Ceyhan pipeline").predicate("was built"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().satisfies(e -> assertThat(e.attribute()).isEqualTo("length"));
    }

    @Test
    void sendsAConflictToReviewSinceNoWordNamesTheMeasure() {
        TestArticle article = TestArticle.published("2026-07-13",
                "The 1,760-kilometer Baku-Tbilisi-Ceyhan pipeline was built to carry crude oil.");
        Finding finding = Runs.one(tables, article, article.claim("1,760-kilometer")
                .subject("Baku-Tbilisi-Ceyhan pipeline").predicate("was built"));
        assertThat(finding.verdict()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
        assertThat(finding.link().strength()).isNotEqualTo(LinkStrength.ARGUMENT);
    }

    @Test
    void picksNothingWhenTwoMeasuresOfTheSubjectHoldTheUnit() {
        TestArticle article = TestArticle.published("2026-07-13",
                "The 1,300-km Nord Stream pipeline runs under the Baltic Sea.");
        Finding finding = Runs.one(tables, article, article.claim("1,300-km").subject("Nord Stream pipeline")
                .predicate("runs"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void needsTheMeasureRightBeforeTheName() {
        TestArticle article = TestArticle.published("2026-07-13",
                "A 1,760-kilometer stretch of the Baku-Tbilisi-Ceyhan pipeline was inspected.");
        Finding finding = Runs.one(tables, article, article.claim("1,760-kilometer")
                .subject("stretch of the Baku-Tbilisi-Ceyhan pipeline").predicate("was inspected"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }
}
