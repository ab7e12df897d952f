package org.claimcheck.series.owid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.series.UnitKind;

/**
 * The project's curated words for the Our World in Data series it knows (the bundled
 * {@code owid-vocabulary.csv}): per file, the attribute id, the phrases a newspaper uses, the kind of unit and its
 * scale. Series it does not list are still imported, with phrases made from their titles.
 */
final class Vocabulary {

    static final String RESOURCE = "/org/claimcheck/series/owid-vocabulary.csv";

    /** One curated row. */
    record Entry(String file, String attribute, UnitKind unitKind, double scale, List<String> phrases) {

        Entry {
            phrases = List.copyOf(phrases);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).build();

    private final Map<String, Entry> byFile;

    private Vocabulary(Map<String, Entry> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    /** The vocabulary shipped with claimcheck; a malformed row is a build defect, so it throws. */
    static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary read(Reader reader) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (CSVRecord r : FORMAT.parse(reader)) {
            String where = RESOURCE + ":" + r.getParser().getCurrentLineNumber();
            UnitKind kind = UnitKind.fromId(r.get("unit_kind"))
                    .orElseThrow(() -> new IllegalStateException(where + ": unknown unit kind " + r.get("unit_kind")));
            double scale = r.get("scale").isEmpty() ? 1 : Double.parseDouble(r.get("scale"));
            List<String> phrases = Arrays.stream(r.get("phrases").split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            Entry entry = new Entry(r.get("file"), r.get("attribute"), kind, scale, phrases);
            if (entries.put(entry.file(), entry) != null) {
                throw new IllegalStateException(where + ": file " + entry.file() + " listed twice");
            }
        }
        return new Vocabulary(entries);
    }

    Optional<Entry> find(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    Map<String, Entry> entries() {
        return byFile;
    }
}
