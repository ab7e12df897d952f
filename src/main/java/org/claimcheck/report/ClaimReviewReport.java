package org.claimcheck.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * schema.org {@code ClaimReview} records in JSON-LD ({@code claimreview.jsonld}), one per claim that a reference
 * fact supports or contradicts. Rating scale: 1 ("False", contradicted by the reference) to 5 ("True", supported
 * by it). A review is a published verdict: possible conflicts (a fact disagrees, but the claim's link to it is
 * not firm), unverifiable and ambiguous claims get none until an editor has settled them. Each review has its
 * own {@code url}, the article's URL with a fragment for the claim, and reviews the claim's sentence. Article
 * URLs appear only when they are http or https. Markup characters are written as {@code \\u} escapes, so the file
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
                    Optional<Rating> rating = Rating.find(finding.verdict());
                    if (rating.isPresent()) {
                        json.writeTree(review(article, finding, rating.get()));
                    }
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The rating of each verdict that gets a review. */
    private enum Rating {
        TRUE(Verdict.SUPPORTED, TRUE_RATING, "True"),
        FALSE(Verdict.CONTRADICTED, FALSE_RATING, "False");

        final Verdict verdict;
        final int value;
        final String text;

        Rating(Verdict verdict, int value, String text) {
            this.verdict = verdict;
            this.value = value;
            this.text = text;
        }

        static Optional<Rating> find(Verdict verdict) {
            return Arrays.stream(values()).filter(r -> r.verdict == verdict).findFirst();
        }
    }

    private static ObjectNode review(ArticleResult article, Finding finding, Rating rating) {
        ObjectNode review = Json.object()
                .put("@type", "ClaimReview")
                .put("identifier", finding.claim().fingerprint())
                .put("claimReviewed", OneLine.of(finding.claim().sentence()).strip())
                .put("reviewBody", finding.explanation());
        review.set("author", Json.object().put("@type", "Organization").put("name", "claimcheck"));
        review.set("reviewRating", Json.object()
                .put("@type", "Rating")
                .put("ratingValue", rating.value)
                .put("bestRating", TRUE_RATING)
                .put("worstRating", FALSE_RATING)
                .put("alternateName", rating.text));
        claimUrl(article.meta(), finding).ifPresent(url -> review.put("url", url));
        // The sentence is the claim as the reader met it; the bare value ("2019") says nothing on its own.
        ObjectNode claim = Json.object().put("@type", "Claim")
                .put("text", OneLine.of(finding.claim().sentence()).strip());
        claim.putArray("appearance").add(appearance(article.meta()));
        review.set("itemReviewed", claim);
        return review;
    }

    /**
     * The review's own URL: the article's http(s) URL with a fragment naming the claim by its fingerprint
     * ({@code #claim-…}), replacing any fragment the URL had; none without an http(s) article URL.
     */
    static Optional<String> claimUrl(ArticleMeta meta, Finding finding) {
        return SafeUrl.findHttp(meta.url()).map(url -> {
            int hash = url.indexOf('#');
            String base = hash < 0 ? url : url.substring(0, hash);
            return base + "#claim-" + fragment(finding.claim().fingerprint());
        });
    }

    private static String fragment(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    private static ObjectNode appearance(ArticleMeta meta) {
        ObjectNode work = Json.object().put("@type", "CreativeWork");
        SafeUrl.findHttp(meta.url()).ifPresent(url -> work.put("url", url));
        meta.findTitle().ifPresent(title -> work.put("headline", title));
        meta.findPublished().ifPresent(date -> work.put("datePublished", date.toString()));
        return work;
    }
}
