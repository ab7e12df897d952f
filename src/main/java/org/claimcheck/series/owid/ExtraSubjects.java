package org.claimcheck.series.owid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Names for the group codes Our World in Data's files use but its country_codes.yaml does not list (income
 * groups, World Bank regions), from the bundled {@code owid-extra-subjects.csv}.
 */
final class ExtraSubjects {

    static final String RESOURCE = "/org/claimcheck/series/owid-extra-subjects.csv";

    private ExtraSubjects() {
    }

    static Map<String, String> bundled() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (InputStream in = ExtraSubjects.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                names.put(r.get("code"), r.get("name"));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
