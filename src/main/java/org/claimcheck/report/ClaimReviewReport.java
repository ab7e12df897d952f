package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * schema.org {@code ClaimReview} records in JSON-LD ({@code claimreview.jsonld}), one per claim that the
 * reference tables settled (supported or contradicted). Rating scale: 1 ("False", contradicted by the
 * reference) to 5 ("True", supported by it); unverifiable and ambiguous claims get no review. Article URLs
 * appear only when they are http or https. Markup characters are written as {@code \\u} escapes, so the file
 * can be embedded in a page as it is.
 */
public final class ClaimReviewReport implements ReportRenderer {

    static final int TRUE_RATING = 5;
    static final int FALSE_RATING = 1;

    /** Writes the reviews one at a time: only the review being written is held as a tree. */
    @Override
    public void write(RunResult result, Writer out) throws IOException {
        // JSON-LD usually ends up inside a page's script element: keep it safe to embed.
        Json.writeHtmlSafe(out, json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            json.writeArrayFieldStart("@graph");
            for (ArticleResult article : result.articles()) {
                for (Finding finding : article.findings()) {
                    if (finding.verdict() == Verdict.SUPPORTED || finding.verdict() == Verdict.CONTRADICTED) {
                        json.writeTree(review(article, finding));
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static ObjectNode review(ArticleResult article, Finding finding) {
        boolean supported = finding.verdict() == Verdict.SUPPORTED;
        ObjectNode review = Json.object()
                .put("@type", "ClaimReview")
                .put("identifier", finding.claim().fingerprint())
                .put("claimReviewed", OneLine.of(finding.claim().sentence()).strip())
                .put("reviewBody", finding.explanation());
        review.set("author", Json.object().put("@type", "Organization").put("name", "claimcheck"));
        review.set("reviewRating", Json.object()
                .put("@type", "Rating")
                .put("ratingValue", supported ? TRUE_RATING : FALSE_RATING)
                .put("bestRating", TRUE_RATING)
                .put("worstRating", FALSE_RATING)
                .put("alternateName", supported ? "True" : "False"));
        ObjectNode claim = Json.object().put("@type", "Claim").put("text", finding.claim().text());
        claim.putArray("appearance").add(appearance(article.meta()));
        review.set("itemReviewed", claim);
        return review;
    }

    private static ObjectNode appearance(ArticleMeta meta) {
        ObjectNode work = Json.object().put("@type", "CreativeWork");
        SafeUrl.findHttp(meta.url()).ifPresent(url -> work.put("url", url));
        meta.findTitle().ifPresent(title -> work.put("headline", title));
        meta.findPublished().ifPresent(date -> work.put("datePublished", date.toString()));
        return work;
    }
}
