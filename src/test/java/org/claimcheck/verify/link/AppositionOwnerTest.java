package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** The name that closes an apposition before the claim's verb is not the verb's owner; the subject before it is. */
class AppositionOwnerTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("csto-mission", "CSTO mission in Kazakhstan", "CSTO peacekeepers")
                .subject("kyrgyzstan", "Kyrgyzstan").event("deployed", "arrived", "deployed");
        t.fact("csto-mission", "deployed", "2022-01-06").source("CSTO").vintage("2022-01-12");
        return t;
    }

    @Test
    void readsTheSubjectBeforeACountedAppositionAsTheOwnerOfTheVerb() {
        TestArticle article = TestArticle.published("2022-01-13",
                "The CSTO peacekeepers, about 2,000 troops from Russia, Armenia and Kyrgyzstan, arrived on 6 January 2022.");
        Finding finding = Runs.one(tables, article, article.claim("6 January 2022").subject("CSTO peacekeepers")
                .predicate("arrived"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.evidence()).singleElement().extracting(Evidence::subject).isEqualTo("csto-mission");
    }
}
