package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.claimcheck.extract.Claim;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;

/**
 * The data behind the HTML evidence panel: one JSON object per claim, in the order of the claims' {@code data-c}
 * indexes, absent fields left out to keep the page small (an unlinked claim has no {@code linkBasis}). Source
 * URLs are offered as links ({@code url}) only when they are http or https; the script renders everything else
 * as text.
 */
final class HtmlClaimData {

    private HtmlClaimData() {
    }

    /** Writes {@code {"claims": [...]}} one claim at a time: only the claim being written is held as a tree. */
    static void write(RunResult result, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("claims");
        for (ArticleResult article : result.articles()) {
            for (Finding finding : article.findings()) {
                json.writeTree(claim(article, finding));
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static ObjectNode claim(ArticleResult article, Finding f) {
        Claim c = f.claim();
        ObjectNode node = HtmlJson.object()
                .put("verdict", f.verdict().label())
                .put("text", c.text())
                .put("where", article.path() + ":" + c.position())
                .put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))
                .put("value", c.value().display());
        putIfPresent(node, "qualifier", c.qualifier() == org.claimcheck.value.Qualifier.EXACT
                ? null : c.qualifier().phrase());
        if (c.record()) {
            node.put("record", true);
        }
        putIfPresent(node, "subject", c.subject());
        putIfPresent(node, "predicate", c.predicate());
        putIfPresent(node, "period", c.findPeriod().map(p -> p.display()).orElse(null));
        putIfPresent(node, "resolution", c.resolution());
        putIfPresent(node, "linkedSubject", Linking.findSubject(f).orElse(null));
        putIfPresent(node, "linkedAttribute", Linking.findAttribute(f).orElse(null));
        LinkBasis link = f.link();
        if (link.strength() != LinkStrength.NONE) {
            node.put("linkBasis", link.strength().label());
            putIfPresent(node, "linkReason", link.reason().isEmpty() ? null : link.reason());
        }
        node.put("explanation", f.explanation());
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : f.evidence()) {
            evidence.add(evidence(e));
        }
        return node;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode node = HtmlJson.object().put("table", e.table()).put("line", e.line()).put("value", e.value());
        putIfPresent(node, "subject", e.subject());
        putIfPresent(node, "attribute", e.attribute());
        putIfPresent(node, "period", e.period());
        putIfPresent(node, "source", e.source());
        putIfPresent(node, "url", SafeUrl.findHttp(e.source()).orElse(null));
        putIfPresent(node, "vintage", e.vintage());
        putIfPresent(node, "note", e.note());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
