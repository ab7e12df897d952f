package org.claimcheck.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.broadcast.Broadcast;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.run.Checker;
import scala.Tuple2;

/**
 * Runs ingest → annotate → extract → verify over one partition of (display path, file) pairs with the
 * executor's shared annotator and checker. Every input yields at least one article record: an input that
 * cannot be processed becomes a failed article carrying the problem, so one bad file never fails the job.
 */
final class PartitionChecker implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, ArticleOutput> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<ShippedTables> tables;
    private final long maxBytes;
    private final String localCacheDir;
    private final String toolVersion;

    PartitionChecker(Broadcast<ShippedTables> tables, long maxBytes, String localCacheDir, String toolVersion) {
        this.tables = tables;
        this.maxBytes = maxBytes;
        this.localCacheDir = localCacheDir;
        this.toolVersion = toolVersion;
    }

    @Override
    public Iterator<ArticleOutput> call(Iterator<Tuple2<String, PortableDataStream>> inputs) {
        Checker checker = ExecutorNlp.checker(tables.value(), localCacheDir, toolVersion);
        List<ArticleOutput> out = new ArrayList<>();
        while (inputs.hasNext()) {
            Tuple2<String, PortableDataStream> input = inputs.next();
            out.addAll(check(checker, input._1(), input._2()));
        }
        return out.iterator();
    }

    private List<ArticleOutput> check(Checker checker, String path, PortableDataStream file) {
        List<ArticleResult> results;
        try {
            results = checker.process(new InputFile(path, null, read(file)), maxBytes);
        } catch (IOException e) {
            results = List.of(failed(path, Problem.error("unreadable-input", path, "cannot read the file: " + e)));
        } catch (RuntimeException | StackOverflowError e) {
            // Checker already turns article failures into results; this guards the rest of the partition.
            results = List.of(failed(path, Problem.error("internal-error", path,
                    "could not process the input: " + e)));
        }
        return results.stream().map(r -> ArticleOutput.of(r, toolVersion)).toList();
    }

    /** The file's bytes, at most one past the limit: enough for ingest to report it as too large. */
    private byte[] read(PortableDataStream file) throws IOException {
        try (InputStream in = file.open()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    private static ArticleResult failed(String path, Problem problem) {
        return new ArticleResult(path, path, ArticleMeta.NONE, ArticleStatus.FAILED, "", List.of(), List.of(problem));
    }
}
