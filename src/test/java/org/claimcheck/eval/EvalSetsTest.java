package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSetsTest {

    @TempDir
    Path dir;

    private EvalSetLoad load(String labelRows) throws IOException {
        MiniEvalSet.write(dir, labelRows);
        return EvalSets.load(dir.toString());
    }

    private String messages(EvalSetLoad load) {
        return String.join("\n", load.problems().stream().map(Problem::toString).toList())
                .replace(dir.toString(), "DIR");
    }

    @Test
    void locatesEachLabelAtItsOccurrenceInTheAnalysedText() throws IOException {
        EvalSetLoad load = load("pipeline.md,2019,2,DATE,,,,2019,UNVERIFIABLE,,\n"
                + "briefs.jsonl#b1,$147 billion,1,MONEY,,,2021,147 billion USD,UNVERIFIABLE,,\n");

        assertThat(load.problems()).isEmpty();
        EvalSet set = load.requireSet();
        LocatedLabel year = set.labels().get(0);
        String text = set.findArticle(year.articleId()).orElseThrow().article().text();
        assertThat(year.span().of(text)).isEqualTo("2019");
        assertThat(text.indexOf("2019")).isLessThan(year.span().start());
        assertThat(year.path()).isEqualTo(dir + "/articles/pipeline.md");
        assertThat(year.position().toString()).isEqualTo("7:69");
        LocatedLabel trade = set.labels().get(1);
        assertThat(trade.articleId()).isEqualTo(dir + "/articles/briefs.jsonl#b1");
        assertThat(trade.position().line()).isEqualTo(1);
    }

    @Test
    void acceptsANonClaimWhoseTextIngestDroppedAndLocatesItInTheFile() throws IOException {
        EvalSetLoad load = load("pipeline.md,7 charts,1,NUMBER,,,,,NOT_A_CLAIM,,trailer\n");

        assertThat(load.problems()).isEmpty();
        LocatedLabel trailer = load.requireSet().labels().get(0);
        assertThat(trailer.inAnalysedText()).isFalse();
        assertThat(trailer.position().toString()).isEqualTo("9:12");
    }

    @Test
    void reportsEveryLabelThatDoesNotFitTheSetAtItsCell() throws IOException {
        EvalSetLoad load = load("pipeline.md,2019,3,DATE,,,,2019,UNVERIFIABLE,,\n"
                + "pipeline.md,2020,1,DATE,,,,2020,UNVERIFIABLE,,\n"
                + "pipline.md,2019,1,DATE,,,,2019,UNVERIFIABLE,,\n"
                + "pipeline.md,December 2019,1,DATE,power-of-siberea,began,,2019-12,SUPPORTED,,\n"
                + "pipeline.md,December 2019,1,DATE,,,,2019-12,SUPPORTED,,\n");

        assertThat(load.isValid()).isFalse();
        assertThat(messages(load)).isEqualTo(String.join("\n",
                "DIR/labels.csv:2:18: error: \"2019\" occurs 2 times in the text of pipeline.md: expected at least 3 "
                        + "(the occurrence column)",
                "DIR/labels.csv:3:13: error: \"2020\" does not occur in the text of pipeline.md: expected the value "
                        + "phrase exactly as it stands in the article",
                "DIR/labels.csv:4:1: error: unknown article \"pipline.md\": expected one of briefs.jsonl#b1, "
                        + "pipeline.md",
                "DIR/labels.csv:5:34: error: unknown subject \"power-of-siberea\": expected a subject_id of the "
                        + "reference tables",
                "DIR/labels.csv:5:51: error: unknown attribute \"began\": expected an attribute of the reference "
                        + "tables",
                "DIR/labels.csv:6:1: error: \"December 2019\" (occurrence 1) in pipeline.md is labelled twice: "
                        + "expected one row per occurrence"));
    }

    @Test
    void refusesASetWithInvalidTablesWithoutBlamingTheLabelsForIt() throws IOException {
        MiniEvalSet.write(dir, "pipeline.md,December 2019,1,DATE,power-of-siberia,began-operations,,2019-12,"
                + "SUPPORTED,,\n");
        Files.writeString(dir.resolve("reference-data/facts.csv"), "subject_id,attribute,value\nx,y,z\n");

        EvalSetLoad load = EvalSets.load(dir.toString());

        assertThat(load.isValid()).isFalse();
        assertThat(messages(load)).contains("DIR/reference-data/facts.csv").doesNotContain("labels.csv");
    }

    @Test
    void refusesAFolderThatIsNotAnEvaluationSet() {
        EvalSetLoad load = EvalSets.load(dir.resolve("missing").toString());

        assertThat(load.isValid()).isFalse();
        assertThat(messages(load)).isEqualTo("DIR/missing: error: not a directory: expected an evaluation set with "
                + "labels.csv, reference-data/ and articles/");
    }
}
