package org.claimcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.claimcheck.extract.Claim;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/** The output of {@code extract}: a readable table of claims, or the same as JSON. */
final class ClaimListing {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ClaimListing() {
    }

    static void table(RunResult result, Writer w) throws IOException {
        for (ArticleResult a : result.articles()) {
            w.write(a.path() + (a.id().equals(a.path()) ? "" : " (" + a.id() + ")") + ": " + a.findings().size()
                    + " claims\n");
            for (Finding f : a.findings()) {
                Claim c = f.claim();
                w.write(String.format("  %-8s %-8s %-28s %-30s%n", c.position(), c.kind(), clip(c.value().canonical(), 28),
                        clip("\u201c" + c.text() + "\u201d", 30)));
                StringBuilder about = new StringBuilder("           ");
                if (c.qualifier() != org.claimcheck.value.Qualifier.EXACT) {
                    about.append("qualifier: ").append(c.qualifier().phrase()).append("; ");
                }
                if (c.record()) {
                    about.append("record; ");
                }
                about.append("subject: ").append(or(c.subject())).append("; predicate: ").append(or(c.predicate()));
                if (c.period() != null) {
                    about.append("; period: ").append(c.period().canonical());
                }
                if (c.resolution() != null) {
                    about.append("; ").append(c.resolution());
                }
                w.write(about + "\n");
            }
        }
    }

    static void json(RunResult result, Writer w) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "claimcheck");
        root.put("version", result.toolVersion());
        ArrayNode articles = root.putArray("articles");
        for (ArticleResult a : result.articles()) {
            ObjectNode an = articles.addObject();
            an.put("id", a.id()).put("path", a.path()).put("status", a.status().name().toLowerCase());
            ArrayNode claims = an.putArray("claims");
            for (Finding f : a.findings()) {
                Claim c = f.claim();
                ObjectNode cn = claims.addObject();
                cn.put("fingerprint", c.fingerprint()).put("kind", c.kind().name()).put("text", c.text())
                        .put("start", c.span().start()).put("end", c.span().end())
                        .put("line", c.position().line()).put("column", c.position().column())
                        .put("value", c.value().canonical()).put("display", c.value().display())
                        .put("qualifier", c.qualifier().name()).put("record", c.record())
                        .put("subject", c.subject()).put("predicate", c.predicate())
                        .put("period", c.period() == null ? null : c.period().canonical())
                        .put("resolution", c.resolution()).put("sentence", c.sentence());
            }
            ArrayNode problems = an.putArray("problems");
            a.problems().forEach(p -> problems.add(p.toString()));
        }
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(p -> problems.add(p.toString()));
        w.write(JSON.writeValueAsString(root));
        w.write("\n");
    }

    private static String or(String s) {
        return s == null ? "-" : "\u201c" + s + "\u201d";
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
