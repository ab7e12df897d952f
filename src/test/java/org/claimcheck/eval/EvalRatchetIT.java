package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.claimcheck.it.SharedNlp;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality ratchet: the whole pipeline with the real CoreNLP models over the bundled evaluation set, whose
 * figures may not fall below the levels recorded in {@code eval/thresholds.properties}. The report and the
 * levels reached now are written to {@code target/} so that a lower figure can be read and a higher one
 * recorded.
 */
class EvalRatchetIT {

    private static final Path THRESHOLDS = Path.of("eval/thresholds.properties");
    private static final Path REACHED = Path.of("target/eval-thresholds.properties");

    private static RunResult run;
    private static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        EvalSet set = EvalSets.load("eval").requireSet();
        Checker checker = new Checker(SharedNlp.annotator(), set.judge(), 2, "test");
        run = checker.run(set.discovery(), set.inputs().maxBytes(), Progress.NONE);
        report = Evaluation.evaluate(set, run);
        Files.createDirectories(REACHED.getParent());
        Files.writeString(REACHED, Thresholds.record(report));
        StringWriter text = new StringWriter();
        TextEvalReport.write(report, text);
        Files.writeString(Path.of("target/eval-report.txt"), text.toString());
    }

    @Test
    void analysesEveryArticleOfTheSetWithoutProblems() {
        assertThat(run.allProblems()).isEmpty();
        assertThat(run.articles()).hasSize(report.articles());
    }

    @Test
    void noHeadlineFigureFallsBelowItsLevel() throws IOException {
        assertThat(Files.exists(THRESHOLDS)).as("record the levels: copy %s to %s", REACHED, THRESHOLDS).isTrue();
        Map<String, BigDecimal> levels = Thresholds.read(THRESHOLDS);
        // Figures by kind are tracked, not enforced: their falls are printed for the reviewer of the change.
        Thresholds.drifts(report, levels).forEach(d -> System.out.println("eval ratchet, not enforced: " + d));
        assertThat(Thresholds.failures(report, levels))
                .as("headline figures below their recorded level; the report is in target/eval-report.txt").isEmpty();
    }

    @Test
    void everyFigureTheSetMeasuresIsRecorded() throws IOException {
        Map<String, BigDecimal> recorded = Thresholds.read(THRESHOLDS);

        assertThat(recorded.keySet()).as("figures without a recorded level; the levels reached are in %s", REACHED)
                .containsAll(Thresholds.figures(report).keySet());
    }
}
