package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The labels of the bundled evaluation set, checked on their own with the project's readers (not the evaluation
 * code): each claim text is in its article as ingested, each value reads with the value grammar, each id is in
 * the set's tables. Then the evaluation's own loader must accept the set.
 */
class EvalLabelsTest {

    private static final Path EVAL = Path.of("eval");

    /**
     * Label values the value grammar cannot read yet (degrees, a range of amounts).
     * When the grammar learns one, this test fails until the value is taken off the list.
     */
    private static final Set<String> OUTSIDE_THE_GRAMMAR = Set.of("-60 degC",
            "6 billion RUB/7 billion RUB");

    private static List<CSVRecord> rows;
    private static Map<String, String> texts;

    @BeforeAll
    static void readLabelsAndArticles() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(EVAL.resolve("labels.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            rows = parser.getRecords();
        }
        texts = new HashMap<>();
        try (Stream<Path> files = Files.list(EVAL.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                for (Article a : Ingest.read(InputFile.of(file, name), InputSpec.DEFAULT_MAX_BYTES).articles()) {
                    texts.put(a.id(), a.text());
                }
            }
        }
    }

    @Test
    void everyClaimTextOccursAtLeastOccurrenceTimesInItsArticleAsIngested() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (CSVRecord row : rows) {
            String text = texts.get(row.get("article"));
            int needed = Integer.parseInt(row.get("occurrence"));
            if (text == null) {
                wrong.add(where(row) + "no article " + row.get("article"));
            } else if (count(text, row.get("claim")) < needed
                    && !droppedNonClaim(row, needed)) {
                wrong.add(where(row) + "\"" + row.get("claim") + "\" occurs " + count(text,
                        row.get("claim")) + " times, occurrence " + needed);
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Non-claims in sidebars, trailers and footers stand in the file but not in the text ingest keeps. */
    private static boolean droppedNonClaim(CSVRecord row, int needed) throws IOException {
        String file = row.get("article").replaceFirst("#.*", "");
        String source = Files.readString(EVAL.resolve("articles").resolve(file), StandardCharsets.UTF_8);
        return row.get("verdict").equals("NOT_A_CLAIM") && count(source, row.get("claim")) >= needed;
    }

    @Test
    void everyValueReadsWithTheValueGrammarSaveTheKnownGaps() {
        Set<String> unreadable = new TreeSet<>();
        for (CSVRecord row : rows) {
            String value = row.get("value");
            if (value.isEmpty()) {
                assertThat(row.get("verdict")).as(where(row) + "a claim without a value").isEqualTo("NOT_A_CLAIM");
                continue;
            }
            try {
                if (row.get("kind").equals("DATE")) {
                    ValueGrammar.requireDate(value);
                } else {
                    ValueGrammar.requireAmount(value);
                }
            } catch (ValueFormatException e) {
                unreadable.add(value);
            }
            if (!row.get("period").isEmpty()) {
                ValueGrammar.requireDate(row.get("period"));
            }
        }
        assertThat(unreadable).containsExactlyInAnyOrderElementsOf(OUTSIDE_THE_GRAMMAR);
    }

    @Test
    void everySubjectAndAttributeIsInTheSetsReferenceTables() {
        LoadResult refs = ReferenceLoader.load(EVAL.resolve("reference-data"));
        assertThat(refs.problems()).isEmpty();
        ReferenceIndex index = refs.index();
        List<String> unknown = new ArrayList<>();
        for (CSVRecord row : rows) {
            String subject = row.get("subject");
            String attribute = row.get("attribute");
            if (!subject.isEmpty() && index.findSubject(subject).isEmpty()) {
                unknown.add(where(row) + "subject " + subject);
            }
            if (!attribute.isEmpty() && index.findAttribute(attribute).isEmpty()) {
                unknown.add(where(row) + "attribute " + attribute);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void theEvaluationSetLoadsWithOnlyTheWarningsOfValuesOutsideTheGrammar() {
        EvalSetLoad load = EvalSets.load("eval");

        assertThat(load.isValid()).isTrue();
        assertThat(load.problems()).hasSize(rowsWithValuesOutsideTheGrammar())
                .allSatisfy(p -> assertThat(p.code()).isEqualTo("value-outside-grammar"));
        assertThat(load.requireSet().labels()).hasSize(rows.size());
    }

    private static int rowsWithValuesOutsideTheGrammar() {
        return (int) rows.stream().filter(r -> OUTSIDE_THE_GRAMMAR.contains(r.get("value"))).count();
    }

    /** Non-overlapping occurrences of {@code phrase}, as the labels count them. */
    private static int count(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            n++;
        }
        return n;
    }

    private static String where(CSVRecord row) {
        return "labels.csv:" + (row.getRecordNumber() + 1) + ": ";
    }
}
