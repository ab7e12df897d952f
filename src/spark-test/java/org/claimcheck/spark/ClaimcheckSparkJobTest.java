package org.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in Spark local mode against the single-machine pipeline, with the real CoreNLP models. */
class ClaimcheckSparkJobTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int job(String input, String refs, Path output) throws Exception {
        return ClaimcheckSparkJob.run(new String[] {"--input", input, "--refs", refs, "--output", output.toString(),
            "--master", "local[2]"}, err);
    }

    @Test
    void findsTheSameClaimsVerdictsAndFingerprintsAsOneMachineOnTheSampleCorpus() throws Exception {
        assertSameAsOneMachine("corpus", "reference-data");
    }

    @Test
    void findsTheSameClaimsVerdictsAndFingerprintsAsOneMachineOnTheEvaluationArticles() throws Exception {
        assertSameAsOneMachine("eval/articles", "eval/reference-data");
    }

    private void assertSameAsOneMachine(String input, String refs) throws Exception {
        Path out = tmp.resolve("out");
        assertThat(job(input, refs, out)).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();

        RunResult expected = SparkOutputs.singleMachine(input, refs);
        assertThat(expected.findings()).isNotEmpty();
        assertThat(SparkOutputs.findingLines(out)).containsExactlyElementsOf(SparkOutputs.articleLines(expected));

        Set<String> expectedClaims = expected.articles().stream().flatMap(a -> a.findings().stream()
                .map(f -> String.join("|", a.id(), a.path(), f.claim().fingerprint(), f.verdict().name(),
                        f.claim().text(), String.valueOf(f.claim().position().line()))))
                .collect(Collectors.toSet());
        List<Row> rows = SparkOutputs.claimRows(out);
        assertThat(rows).hasSize(expected.findings().size());
        assertThat(rows.stream().map(r -> String.join("|", r.getAs("articleId"), r.getAs("path"),
                r.getAs("fingerprint"), r.getAs("verdict"), r.getAs("text"), String.valueOf((int) r.getAs("line"))))
                .collect(Collectors.toSet())).isEqualTo(expectedClaims);

        JsonNode summary = SparkOutputs.summary(out);
        assertThat(summary.get("articles").asInt()).isEqualTo(expected.articles().size());
        assertThat(summary.get("claims").asInt()).isEqualTo(expected.findings().size());
        assertThat(summary.get("byVerdict").get("CONTRADICTED").asInt())
                .isEqualTo(expected.countByVerdict().getOrDefault(Verdict.CONTRADICTED, 0));

        ReportParity.assertSameAsCheck(input, refs, out, tmp);
    }

    @Test
    void turnsAnUnreadableFileIntoAProblemRecordAndChecksTheRest() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(corpus.resolve("good.txt"), "The pipeline began operations in 2019.\n");
        Files.write(corpus.resolve("broken.txt"), new byte[] {'O', 'k', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Files.writeString(corpus.resolve(".hidden.md"), "Hidden files are not read.\n");
        Files.writeString(corpus.resolve("notes.pdf"), "Not an article format.\n");
        Path out = tmp.resolve("out");

        assertThat(job(corpus.toString(), "reference-data", out)).isZero();

        List<String> lines = SparkOutputs.findingLines(out);
        assertThat(lines).containsExactlyElementsOf(
                SparkOutputs.articleLines(SparkOutputs.singleMachine(corpus.toString(), "reference-data")));
        assertThat(lines).hasSize(2);
        JsonNode broken = SparkOutputs.MAPPER.readTree(lines.get(0));
        assertThat(broken.get("path").asText()).isEqualTo(corpus + "/broken.txt");
        assertThat(broken.get("status").asText()).isEqualTo("FAILED");
        assertThat(broken.get("problems").get(0).get("code").asText()).isEqualTo("invalid-utf8");
        JsonNode summary = SparkOutputs.summary(out);
        assertThat(summary.get("articles").asInt()).isEqualTo(2);
        assertThat(summary.get("failedArticles").asInt()).isEqualTo(1);
    }

    @Test
    void keepsAnnotationsInALocalCacheFolderAndGivesTheSameFindingsFromIt() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(corpus.resolve("a.txt"), "The Power of Siberia pipeline began operations in 2019.\n");
        Files.writeString(corpus.resolve("b.md"), "# Trade\n\nBilateral trade reached $147 billion in 2021.\n");
        Path cache = tmp.resolve("cache");
        String[] args = {"--input", corpus.toString(), "--refs", "reference-data", "--master", "local[2]",
            "--local-cache-dir", cache.toString(), "--output"};

        assertThat(ClaimcheckSparkJob.run(concat(args, tmp.resolve("first").toString()), err)).isZero();
        long entries;
        try (var files = Files.walk(cache)) {
            entries = files.filter(f -> f.toString().endsWith(".ann")).count();
        }
        assertThat(entries).as("one cache entry per article").isEqualTo(2);
        assertThat(ClaimcheckSparkJob.run(concat(args, tmp.resolve("second").toString()), err)).isZero();

        List<String> first = SparkOutputs.findingLines(tmp.resolve("first"));
        assertThat(first).hasSize(2);
        assertThat(SparkOutputs.findingLines(tmp.resolve("second"))).isEqualTo(first);
    }

    private static String[] concat(String[] args, String last) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = last;
        return all;
    }

    @Test
    void refusesToOverwriteAnEarlierRunsOutput() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("earlier"));
        Files.writeString(out.resolve("summary.json"), "{}");

        assertThat(job("corpus", "reference-data", out)).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains(out + ": already exists");
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("{}");
    }

    @Test
    void refusesInvalidReferenceTablesWithExitCodeThree() throws Exception {
        Path refs = Files.createDirectories(tmp.resolve("refs"));
        Files.writeString(refs.resolve("subjects.csv"), "not,a,table\n");

        assertThat(job("corpus", refs.toString(), tmp.resolve("out"))).isEqualTo(3);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("are invalid: nothing was checked");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
