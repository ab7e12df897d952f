package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.Progress;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real-text check: the twenty encyclopedia articles in {@code ../shared/realworld}, which nobody in the
 * project wrote, against the evaluation tables. Every claim contradicted or sent to review there has a reviewed
 * label in {@code eval/realworld/labels.csv} saying whether the text is really wrong, and at least 90 % of the
 * contradicted ones must be real errors; a labelled real error must stay found.
 */
class RealWorldVerdictsIT {

    private static final Path TEXTS = Path.of("../shared/realworld");
    private static final Path LABELS = Path.of("eval/realworld/labels.csv");
    private static final double MIN_PRECISION = 0.90;

    private static final Map<String, Finding> flagged = new LinkedHashMap<>();
    private static final Map<String, CSVRecord> labels = new LinkedHashMap<>();
    private static RunResult result;

    @BeforeAll
    static void checkRealWorldTexts() throws Exception {
        assertThat(TEXTS).as("the real-world texts are read from %s", TEXTS.toAbsolutePath()).isDirectory();
        LoadResult refs = ReferenceLoader.load(Path.of("eval/reference-data"));
        assertThat(refs.problems()).isEmpty();
        Checker checker = new Checker(SharedNlp.annotator(), new Verifier(refs.index())::verify, 2, "test");
        result = checker.run(Ingest.discover(InputSpec.of(TEXTS.toString()), () -> null),
                InputSpec.DEFAULT_MAX_BYTES, Progress.NONE);
        for (ArticleResult article : result.articles()) {
            String file = Path.of(article.path()).getFileName().toString();
            for (Finding f : article.findings()) {
                if (f.verdict() == Verdict.CONTRADICTED || f.verdict() == Verdict.POSSIBLE_CONFLICT) {
                    flagged.put(file + ":" + f.claim().position().line() + ":" + f.claim().position().column(), f);
                }
            }
        }
        try (Reader in = Files.newBufferedReader(LABELS, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                labels.put(r.get("file") + ":" + r.get("line") + ":" + r.get("column"), r);
            }
        }
    }

    @Test
    void readsEveryTextWithoutProblems() {
        assertThat(result.allProblems()).isEmpty();
        assertThat(result.articles()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void everyContradictedOrReviewedClaimHasAReviewedLabel() {
        List<String> unlabelled = new ArrayList<>();
        flagged.forEach((at, f) -> {
            CSVRecord label = labels.get(at);
            if (label == null || !label.get("claim").equals(f.claim().text())) {
                unlabelled.add(at + " " + f.verdict().label() + " \u201c" + f.claim().text() + "\u201d: "
                        + f.explanation());
            }
        });
        assertThat(unlabelled).as("read each in its text and label it in %s", LABELS).isEmpty();
    }

    @Test
    void atLeastNineInTenContradictionsAreRealErrorsInTheText() {
        List<String> contradicted = flagged.entrySet().stream()
                .filter(e -> e.getValue().verdict() == Verdict.CONTRADICTED).map(Map.Entry::getKey).toList();
        long real = contradicted.stream()
                .filter(at -> labels.containsKey(at) && labels.get(at).get("label").equals("real-error")).count();

        assertThat(contradicted).as("a gate that never fails on real text proves nothing").isNotEmpty();
        assertThat((double) real / contradicted.size()).as("real errors among %s", contradicted)
                .isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    @Test
    void everyLabelledRealErrorIsStillFound() {
        List<String> lost = labels.entrySet().stream().filter(e -> e.getValue().get("label").equals("real-error"))
                .map(Map.Entry::getKey).filter(at -> !flagged.containsKey(at)).toList();

        assertThat(lost).as("real errors no longer contradicted nor sent to review").isEmpty();
    }

    @Test
    void labelsUseTheDocumentedValues() {
        assertThat(labels.values()).extracting(r -> r.get("label")).allMatch(
                l -> l.equals("real-error") || l.equals("not-an-error"));
    }
}
