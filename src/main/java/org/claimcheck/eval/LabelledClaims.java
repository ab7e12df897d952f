package org.claimcheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads verdict-labelled claims from JSON lines (fields {@code Claim}, {@code Date} as "June 06, 2022" or
 * yyyy-MM-dd, {@code Verdict}; other fields are ignored) and writes them as one-sentence articles for a run.
 * A line that cannot be read stops the load with {@code file:line: error: …}: a set with a hole in it would
 * give figures about another set.
 */
public final class LabelledClaims {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private LabelledClaims() {
    }

    /** Every claim of the files, in order; ids are the file's name and the line ("dev.jsonl:3"). */
    public static List<LabelledClaim> read(List<Path> files) throws IOException {
        List<LabelledClaim> out = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    out.add(parse(file, i + 1, lines.get(i)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static LabelledClaim parse(Path file, int line, String json) throws IOException {
        String where = file + ":" + line;
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException(where + ": error: not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        String text = field(node, "Claim", where);
        String date = field(node, "Date", where);
        String verdict = field(node, "Verdict", where);
        VerdictLabel label = VerdictLabel.parse(verdict).orElseThrow(() -> new IOException(where
                + ": error: verdict \"" + verdict + "\": expected one of Supported, Refuted, Not Enough Evidence, "
                + "Cherry-Picking/Conflicting Evidence"));
        return new LabelledClaim(file.getFileName() + ":" + line, text, date(date, where), label, where);
    }

    private static String field(JsonNode node, String name, String where) throws IOException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IOException(where + ": error: missing text field \"" + name + "\"");
        }
        return value.asText();
    }

    private static LocalDate date(String text, String where) throws IOException {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : LocalDate.parse(text.strip(), WRITTEN);
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": error: date \"" + text + "\": expected \"June 06, 2022\" or 2022-06-06");
        }
    }

    /** The claims as JSON-lines articles, one per claim, published on the claim's date, with its id. */
    public static void writeArticles(List<LabelledClaim> claims, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (LabelledClaim c : claims) {
                ObjectNode article = JSON.createObjectNode();
                article.put("id", c.id());
                article.put("date", c.date().toString());
                article.put("text", c.text());
                w.write(JSON.writeValueAsString(article));
                w.newLine();
            }
        }
    }
}
