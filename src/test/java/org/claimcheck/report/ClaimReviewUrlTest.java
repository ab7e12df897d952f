package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.report.RunBuilder.article;
import static org.claimcheck.report.RunBuilder.claim;
import static org.claimcheck.report.RunBuilder.run;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Every ClaimReview has a URL of its own: the article's, with a fragment for the claim. */
class ClaimReviewUrlTest {

    private static Finding finding() {
        ArticleResult article = run().article(article("a", "The treaty was signed in 2003.\n")
                .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.CONTRADICTED, "2001")))
                .build().articles().get(0);
        return article.findings().get(0);
    }

    private static ArticleMeta at(String url) {
        return new ArticleMeta("Treaty", null, url, false);
    }

    @Test
    void addsTheClaimAsAFragmentReplacingAnyFragmentTheArticleUrlHad() {
        Finding f = finding();
        String fp = f.claim().fingerprint();

        assertThat(ClaimReviewReport.claimUrl(at("https://news.example/treaty"), f))
                .contains("https://news.example/treaty#claim-" + fp);
        assertThat(ClaimReviewReport.claimUrl(at("https://news.example/treaty?page=2#comments"), f))
                .contains("https://news.example/treaty?page=2#claim-" + fp);
    }

    @Test
    void hasNoUrlWithoutAnHttpArticleUrl() {
        assertThat(ClaimReviewReport.claimUrl(at(null), finding())).isEmpty();
        assertThat(ClaimReviewReport.claimUrl(at("javascript:alert(1)"), finding())).isEmpty();
    }
}
