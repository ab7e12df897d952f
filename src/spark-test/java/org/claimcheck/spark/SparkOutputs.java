package org.claimcheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.job.FindingsLine;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.report.JsonReport;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.Progress;
import org.claimcheck.verify.Verifier;

/** Reads what the job wrote, and what the single-machine pipeline makes of the same input, for comparison. */
final class SparkOutputs {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SparkOutputs() {
    }

    /**
     * The lines of {@code findings/}, in part-file order (the job sorts them by article id), each without its
     * complete result: what is left is the article's object of {@code claimcheck.json}.
     */
    static List<String> findingLines(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("findings"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                for (String line : Files.readAllLines(part)) {
                    ObjectNode article = (ObjectNode) MAPPER.readTree(line);
                    article.remove(FindingsLine.RESULT);
                    lines.add(MAPPER.writeValueAsString(article));
                }
            }
        }
        return lines;
    }

    static JsonNode summary(Path output) throws IOException {
        return MAPPER.readTree(output.resolve("summary.json").toFile());
    }

    /** Every row of {@code claims.parquet}, read back with a fresh local session. */
    static List<Row> claimRows(Path output) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("claimcheck-test-read")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            return spark.read().parquet(output.resolve("claims.parquet").toString()).collectAsList();
        } finally {
            spark.stop();
        }
    }

    /** The single-machine run of {@code input} against {@code refs}, with this JVM's shared annotator. */
    static RunResult singleMachine(String input, String refs) throws InterruptedException {
        LoadResult tables = ReferenceLoader.load(Path.of(refs));
        Discovery discovery = Ingest.discover(InputSpec.of(input), () -> {
            throw new IllegalStateException("no standard input in this test");
        });
        Checker checker = new Checker(ExecutorNlp.annotator(), new Verifier(tables.index())::verify, 2,
                ClaimcheckSparkJob.toolVersion());
        return checker.run(discovery, InputSpec.DEFAULT_MAX_BYTES, Progress.NONE);
    }

    /** The article objects of the run's {@code claimcheck.json}, each on one line as the job writes them. */
    static List<String> articleLines(RunResult result) {
        StringWriter out = new StringWriter();
        try {
            new JsonReport().write(result, out);
            List<String> lines = new ArrayList<>();
            for (JsonNode article : MAPPER.readTree(out.toString()).get("articles")) {
                lines.add(MAPPER.writeValueAsString(article));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
