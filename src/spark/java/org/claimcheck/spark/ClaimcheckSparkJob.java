package org.claimcheck.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import scala.Tuple2;

/**
 * The check on Apache Spark, for archives larger than one machine: reads every supported file under
 * {@code --input} (any Hadoop-compatible path) whole, runs the same pipeline as {@code claimcheck check} per
 * partition with one CoreNLP annotator per executor JVM, and writes into {@code --output}: {@code findings/}
 * (one {@code claimcheck.json} article object per line with the article's complete result, sorted by article
 * id, from which {@code claimcheck report --from} writes every report), {@code claims.parquet/} (one row
 * per claim) and {@code summary.json}. Exit codes follow the command line's: 2 for a bad command line, a missing
 * input or an output folder that already exists, 3 for invalid reference tables, otherwise 0 once the outputs
 * are written (verdicts do not change the exit code: {@code summary.json} counts them for a later gate).
 */
public final class ClaimcheckSparkJob {

    static final int OK = 0;
    static final int USAGE = 2;
    static final int INVALID_REFERENCES = 3;

    private ClaimcheckSparkJob() {
    }

    public static void main(String[] args) throws IOException {
        int code = run(args, System.err);
        if (code != OK) {
            // spark-submit reports the driver's exit status; there is no other way to hand it a failure code
            System.exit(code);
        }
    }

    /** Runs the job; messages for the user go to {@code err}. Returns the exit code. */
    static int run(String[] args, PrintStream err) throws IOException {
        JobOptions.Parsed parsed = JobOptions.parse(args);
        if (parsed.options() == null) {
            parsed.errors().forEach(e -> err.println("claimcheck-spark: error: " + e));
            err.println(JobOptions.USAGE);
            return USAGE;
        }
        JobOptions options = parsed.options();
        LoadResult refs = ReferenceLoader.load(Path.of(options.refs()));
        if (!refs.isValid()) {
            refs.problems().forEach(p -> err.println(p.toString()));
            err.println("claimcheck-spark: error: the reference tables in " + options.refs()
                    + " are invalid: nothing was checked");
            return INVALID_REFERENCES;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("claimcheck");
        options.findMaster().ifPresent(builder::master);
        SparkSession spark = builder.getOrCreate();
        try {
            return check(spark, options, ShippedTables.of(Path.of(options.refs())), err);
        } finally {
            if (options.findMaster().isPresent()) {
                spark.stop();
            }
        }
    }

    private static int check(SparkSession spark, JobOptions options, ShippedTables tables, PrintStream err)
            throws IOException {
        long started = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        org.apache.hadoop.fs.Path inputPath = new org.apache.hadoop.fs.Path(options.input());
        FileSystem fs = inputPath.getFileSystem(hadoop);
        if (!fs.exists(inputPath)) {
            err.println("claimcheck-spark: error: " + options.input() + ": no such file or directory");
            return USAGE;
        }
        org.apache.hadoop.fs.Path outputPath = new org.apache.hadoop.fs.Path(options.output());
        if (outputPath.getFileSystem(hadoop).exists(outputPath)) {
            err.println("claimcheck-spark: error: " + options.output() + ": already exists: expected a new folder"
                    + " (a run never overwrites an earlier one)");
            return USAGE;
        }
        CorpusPaths paths = new CorpusPaths(fs.makeQualified(inputPath).toString(), options.input());
        Broadcast<ShippedTables> shipped = sc.broadcast(tables);
        int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
        String version = toolVersion();

        JavaRDD<ArticleOutput> outputs = sc.binaryFiles(options.input(), partitions)
                .flatMap(file -> paths.displayPath(file._1()).map(p -> new Tuple2<>(p, file._2())).stream()
                        .iterator())
                .repartition(partitions)
                .mapPartitions(new PartitionChecker(shipped, options.maxBytes(), options.localCacheDir(), version))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            RunSummary.Layout out = RunSummary.Layout.under(options.output());
            outputs.sortBy(ArticleOutput::id, true, partitions).map(ArticleOutput::jsonLine)
                    .saveAsTextFile(out.findings());
            spark.createDataFrame(outputs.flatMap(o -> o.claims().stream().map(ClaimRow::toRow).iterator()),
                    ClaimRow.SCHEMA).write().parquet(out.claims());
            Tally tally = outputs.map(ArticleOutput::tally).fold(Tally.ZERO, Tally::plus);
            double seconds = (System.nanoTime() - started) / 1e9;
            RunSummary summary = new RunSummary(version, options.input(), options.refs(), sc.master(), partitions,
                    tally, seconds);
            summary.write(out.summary(), hadoop);
            err.println(summary.oneLine());
            return OK;
        } finally {
            // A context the cluster stopped (the application was removed) cannot unpersist, and trying would
            // hide the failure that stopped it.
            if (!sc.sc().isStopped()) {
                outputs.unpersist(false);
            }
        }
    }

    /** The version the build wrote for the command line, so both report the same tool version. */
    static String toolVersion() {
        try (InputStream in = ClaimcheckSparkJob.class.getResourceAsStream("/org/claimcheck/cli/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
