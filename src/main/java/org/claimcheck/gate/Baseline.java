package org.claimcheck.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/**
 * Claims an editor reviewed and accepted: they no longer fail the gate. Entries are matched by claim
 * fingerprint (article, claim text, sentence), so edits elsewhere in an article keep them, while a new or
 * changed claim still fails. The file is JSON so that reviews show up readably in version control.
 */
public final class Baseline {

    public static final Baseline EMPTY = new Baseline(Map.of());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One accepted claim; path, text and verdict are there for the human reading the file. */
    public record Entry(String fingerprint, String path, String claim, String verdict) {
    }

    private final Map<String, Entry> byFingerprint;

    private Baseline(Map<String, Entry> byFingerprint) {
        this.byFingerprint = Map.copyOf(byFingerprint);
    }

    /** A baseline accepting every claim that {@code gate} would fail in {@code result}. */
    public static Baseline of(RunResult result, FailOn gate) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (ArticleResult article : result.articles()) {
            for (Finding f : article.findings()) {
                if (gate.fails(f.verdict())) {
                    entries.put(f.claim().fingerprint(), new Entry(f.claim().fingerprint(), article.path(),
                            f.claim().text(), f.verdict().label()));
                }
            }
        }
        return new Baseline(entries);
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": error: not a baseline file: " + e.getMessage(), e);
        }
        JsonNode claims = root == null ? null : root.get("accepted");
        if (claims == null || !claims.isArray()) {
            throw new IOException(file + ": error: expected a JSON object with an \"accepted\" array");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode c : claims) {
            String fp = c.path("fingerprint").asText("");
            if (fp.isEmpty()) {
                throw new IOException(file + ": error: every accepted claim needs a \"fingerprint\"");
            }
            entries.put(fp, new Entry(fp, c.path("path").asText(""), c.path("claim").asText(""),
                    c.path("verdict").asText("")));
        }
        return new Baseline(entries);
    }

    public void write(Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", "1.0");
        ArrayNode accepted = root.putArray("accepted");
        List<Entry> sorted = byFingerprint.values().stream()
                .sorted(Comparator.comparing(Entry::path).thenComparing(Entry::fingerprint)).toList();
        for (Entry e : sorted) {
            accepted.addObject().put("fingerprint", e.fingerprint()).put("path", e.path()).put("claim", e.claim())
                    .put("verdict", e.verdict());
        }
        out.write(JSON.writeValueAsString(root));
        out.write("\n");
    }

    public boolean accepts(Finding f) {
        return byFingerprint.containsKey(f.claim().fingerprint());
    }

    public int size() {
        return byFingerprint.size();
    }

    static Baseline ofEntries(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.fingerprint(), e));
        return new Baseline(map);
    }

    /** Reads {@code file} when it exists, for commands that treat a missing baseline as empty. */
    public static Baseline readIfExists(Path file) throws IOException {
        return Files.exists(file) ? read(file) : EMPTY;
    }
}
