package org.claimcheck.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.claimcheck.job.JobOutput;
import org.claimcheck.verify.Verdict;

/** The run summary ({@code summary.json}): what was read and with what, the totals, and how long it took. */
record RunSummary(String toolVersion, String input, String refs, String master, int partitions, Tally tally,
        double seconds) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where the job's outputs go under {@code --output}. */
    record Layout(String findings, String claims, String summary) {
        static Layout under(String output) {
            String base = output.endsWith("/") ? output.substring(0, output.length() - 1) : output;
            return new Layout(base + "/" + JobOutput.FINDINGS, base + "/" + JobOutput.CLAIMS,
                    base + "/" + JobOutput.SUMMARY);
        }
    }

    ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.putObject("tool").put("name", "claimcheck").put("version", toolVersion);
        root.put("input", input).put("refs", refs).put("master", master).put("partitions", partitions);
        root.put("articles", tally.articles()).put("failedArticles", tally.failed()).put("claims", tally.claims());
        ObjectNode byVerdict = root.putObject("byVerdict");
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v.name(), tally.count(v));
        }
        root.put("problems", tally.problems());
        root.put("seconds", Math.round(seconds * 1000) / 1000.0);
        root.put("articlesPerSecond", seconds > 0 ? Math.round(tally.articles() / seconds * 1000) / 1000.0 : 0.0);
        return root;
    }

    void write(String path, Configuration hadoop) throws IOException {
        Path target = new Path(path);
        FileSystem fs = target.getFileSystem(hadoop);
        try (OutputStream out = fs.create(target, true)) {
            MAPPER.writeValue(out, toJson());
        }
    }

    String oneLine() {
        return String.format(Locale.ROOT, "claimcheck-spark: %d articles (%d failed), %d claims, %d contradicted,"
                + " %d problems in %.1f s (%.2f articles/s) on %s", tally.articles(), tally.failed(),
                tally.claims(), tally.count(Verdict.CONTRADICTED), tally.problems(), seconds,
                seconds > 0 ? tally.articles() / seconds : 0.0, master);
    }
}
