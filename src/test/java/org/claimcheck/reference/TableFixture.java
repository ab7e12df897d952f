package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.problem.Problem;

/** A small valid set of reference tables in a temporary directory; each test breaks one thing in it. */
final class TableFixture {

    static final String SUBJECTS = """
            subject_id,name,aliases,note
            power-of-siberia,Power of Siberia,Power of Siberia pipeline|Sila Sibiri,gas pipeline
            russia-china-trade,Russia\u2013China trade,China-Russia trade|bilateral trade,
            """;
    static final String ATTRIBUTES = """
            attribute,kind,phrases,note
            began-operations,event,began operations|came online,
            trade,measure,trade|trade turnover,
            """;
    static final String FACTS = """
            subject_id,attribute,value,period,tolerance,source,vintage,note
            power-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,
            russia-china-trade,trade,146.88 billion USD,2021,,https://example.org/trade,2022-01-14,
            """;

    private final Path dir;
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    TableFixture(Path dir) {
        this.dir = dir;
        with("subjects.csv", SUBJECTS).with("attributes.csv", ATTRIBUTES).with("facts.csv", FACTS);
    }

    TableFixture with(String name, String content) {
        return withBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    TableFixture withBytes(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    TableFixture without(String name) {
        files.remove(name);
        return this;
    }

    static final String RATES_HEADER = "currency,base,rate,period,source,vintage,note\n";

    /** A rates table: its header followed by {@code rows}. */
    TableFixture withRates(String rows) {
        return with("rates.csv", RATES_HEADER + rows);
    }

    /** The facts header followed by {@code rows}. */
    TableFixture withFacts(String rows) {
        return with("facts.csv", "subject_id,attribute,value,period,tolerance,source,vintage,note\n" + rows);
    }

    LoadResult load() {
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReferenceLoader.load(dir);
    }

    /** Loads, expects exactly one problem and returns it. */
    Problem onlyProblem() {
        LoadResult result = load();
        assertThat(result.problems()).hasSize(1);
        assertThat(result.index()).isSameAs(ReferenceIndex.EMPTY);
        return result.problems().get(0);
    }

    String path(String name) {
        return dir.resolve(name).toString();
    }
}
