package org.claimcheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.StrictUtf8;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;

/**
 * Reads {@code labels.csv} (RFC 4180, UTF-8, a header row naming the columns in any order) into labels, with
 * a problem for everything that is not a well-formed row. A bad row is reported and left out; the others are
 * still read, so one run shows every mistake in the file.
 */
public final class LabelReader {

    /** The columns of the labels file, in their documented order. */
    public static final List<String> COLUMNS = List.of("article", "claim", "occurrence", "kind", "subject",
            "attribute", "period", "value", "verdict", "planted", "note");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

    /** The labels read, and every problem found. */
    public record Read(List<Label> labels, List<Problem> problems) {

        public Read {
            labels = List.copyOf(labels);
            problems = List.copyOf(problems);
        }
    }

    private LabelReader() {
    }

    /** Reads {@code file}; {@code display} is how messages name it. */
    public static Read read(Path file, String display) {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return failed(Problem.error("invalid-utf8", display, "the labels are not valid UTF-8: expected a UTF-8 "
                    + "text file"));
        } catch (IOException e) {
            return failed(Problem.error("unreadable-labels", display, "cannot read the labels (" + e.getMessage()
                    + "): expected a labels.csv file"));
        }
        LineMap lines = LineMap.of(text);
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            parser.forEach(records::add);
        } catch (IOException | UncheckedIOException e) {
            return failed(Problem.error("malformed-csv", display, null, "malformed CSV (" + e.getMessage()
                    + "): expected RFC 4180, with cells holding commas or quotes in double quotes"));
        }
        if (records.isEmpty()) {
            return failed(Problem.error("empty-labels", display, new Position(1, 1),
                    "the labels file is empty: expected the header " + String.join(",", COLUMNS)));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> header = header(records.get(0), text, lines, display, problems);
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<Label> labels = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            LabelRow.read(row(record, header, text, lines), display, problems).ifPresent(labels::add);
        }
        return new Read(labels, problems);
    }

    private static Map<String, Integer> header(CSVRecord record, String text, LineMap lines, String display,
            List<Problem> problems) {
        List<Integer> starts = CellOffsets.of(text, (int) record.getCharacterPosition());
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            Position at = lines.position(starts.get(Math.min(i, starts.size() - 1)));
            if (!COLUMNS.contains(name)) {
                problems.add(Problem.error("unknown-column", display, at, "unknown column \"" + name
                        + "\": expected one of " + String.join(", ", COLUMNS)));
            } else if (header.putIfAbsent(name, i) != null) {
                problems.add(Problem.error("duplicate-column", display, at, "column \"" + name
                        + "\" appears twice: expected each column once"));
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.error("missing-column", display, new Position(1, 1), "missing column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + ": expected the header "
                    + String.join(",", COLUMNS)));
        }
        return header;
    }

    private static RawRow row(CSVRecord record, Map<String, Integer> header, String text, LineMap lines) {
        List<Integer> starts = CellOffsets.of(text, (int) record.getCharacterPosition());
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        header.forEach((name, index) -> {
            if (index < record.size()) {
                cells.put(name, record.get(index));
                offsets.put(name, starts.get(Math.min(index, starts.size() - 1)));
            }
        });
        return new RawRow(cells, record.size(), header.size(), starts.get(0), offsets, text, lines);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);
        if (!decoded.ok()) {
            throw new java.nio.charset.MalformedInputException(decoded.badLength());
        }
        return decoded.text();
    }

    private static Read failed(Problem problem) {
        return new Read(List.of(), List.of(problem));
    }
}
