package org.claimcheck.eval;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Finding;

/**
 * The evaluation as JSON, for tracking quality over time; the fields are described in this package's
 * documentation. The same report always gives the same bytes: fields in a fixed order, two-space
 * indentation, {@code \n} line ends, figures rounded to four decimals (null where there is nothing to count).
 */
public final class JsonEvalReport {

    /** Raised when the fields change in a way that breaks readers. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonEvalReport() {
    }

    public static void write(EvalReport report, Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("evalSet", report.name());
        root.put("toolVersion", report.toolVersion());
        root.put("articles", report.articles());
        ObjectNode figures = root.putObject("figures");
        report.tallies().forEach((scope, tally) -> figures.set(scope, figures(tally)));
        ObjectNode planted = root.putObject("planted");
        for (Map.Entry<String, Ratio> e : report.plantedByKind().entrySet()) {
            ObjectNode kind = planted.putObject(e.getKey());
            kind.put("planted", e.getValue().denominator());
            kind.put("found", e.getValue().numerator());
            putRatio(kind, "recall", e.getValue());
        }
        ObjectNode confusion = root.putObject("confusion");
        ConfusionMatrix matrix = report.confusion();
        for (String row : ConfusionMatrix.rows()) {
            ObjectNode cells = confusion.putObject(row);
            ConfusionMatrix.columns().forEach(c -> cells.put(c, matrix.count(row, c)));
        }
        ArrayNode misses = root.putArray("misses");
        report.misses().forEach(a -> misses.add(label(a.match().label())));
        ArrayNode values = root.putArray("wrongValues");
        report.wrongValues().forEach(a -> values.add(assessed(a)));
        ArrayNode links = root.putArray("wrongLinks");
        report.wrongLinks().forEach(a -> links.add(assessed(a)));
        ArrayNode spurious = root.putArray("falsePositives");
        for (Spurious s : report.spurious()) {
            ObjectNode entry = claim(s.path(), s.finding());
            entry.set("label", s.findNonClaim().map(JsonEvalReport::label).orElse(null));
            entry.put("matched", s.matched());
            spurious.add(entry);
        }
        ArrayNode verdicts = root.putArray("wrongVerdicts");
        report.wrongVerdicts().forEach(a -> verdicts.add(assessed(a)));
        ArrayNode problems = root.putArray("problems");
        report.problems().forEach(p -> problems.add(p.toString()));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        MAPPER.writer(printer).writeValue(out, root);
        out.write('\n');
    }

    private static ObjectNode figures(Tally t) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("labelled", t.labelled());
        node.put("extracted", t.extracted());
        node.put("correct", t.correct());
        node.put("valueCorrect", t.valueCorrect());
        node.put("verdictCorrect", t.verdictCorrect());
        node.put("planted", t.planted());
        node.put("plantedFound", t.plantedFound());
        node.put("plantedContradicted", t.plantedContradicted());
        node.put("flaggable", t.flaggable());
        node.put("falseFlags", t.falseFlags());
        node.put("sentToReview", t.sentToReview());
        for (Figure f : Figure.values()) {
            putRatio(node, f.key(), f.of(t));
        }
        return node;
    }

    private static void putRatio(ObjectNode node, String field, Ratio r) {
        if (r.value().isPresent()) {
            node.put(field, BigDecimal.valueOf(r.value().getAsDouble()).setScale(4, RoundingMode.HALF_EVEN));
        } else {
            node.putNull(field);
        }
    }

    private static ObjectNode label(LocatedLabel located) {
        Label l = located.label();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("at", located.where());
        node.put("labelAt", l.cells().file() + ":" + l.cells().row());
        node.put("article", l.article());
        node.put("claim", l.claim());
        node.put("occurrence", l.occurrence());
        node.put("kind", l.kind().name());
        node.put("value", l.valueText());
        node.put("expected", l.expected().name());
        node.put("subject", l.subject());
        node.put("attribute", l.attribute());
        node.put("period", l.period() == null ? null : l.period().canonical());
        node.put("planted", l.planted());
        node.put("note", l.note());
        node.put("inAnalysedText", located.inAnalysedText());
        return node;
    }

    private static ObjectNode assessed(Assessment a) {
        ObjectNode node = label(a.match().label());
        node.set("extracted", claim(a.match().label().path(), a.match().finding()));
        ArrayNode differences = node.putArray("differences");
        a.differences().forEach(differences::add);
        return node;
    }

    private static ObjectNode claim(String path, Finding f) {
        Claim c = f.claim();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("at", path + ":" + c.position());
        node.put("kind", c.kind().name());
        node.put("text", c.text());
        node.put("value", c.value().canonical());
        node.put("qualifier", c.qualifier().name());
        node.put("period", c.period() == null ? null : c.period().canonical());
        node.put("verdict", f.verdict().name());
        ArrayNode evidence = node.putArray("linkedTo");
        f.evidence().stream().map(e -> e.subject() + "/" + e.attribute()).distinct().forEach(evidence::add);
        node.put("explanation", f.explanation());
        return node;
    }
}
