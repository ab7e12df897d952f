package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.eval.ClaimVerdictReport;
import org.claimcheck.eval.ClaimVerdicts;
import org.claimcheck.eval.LabelledClaim;
import org.claimcheck.eval.LabelledClaims;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.verify.Verifier;
import org.claimcheck.eval.EvalReport;
import org.claimcheck.eval.EvalSet;
import org.claimcheck.eval.EvalSetLoad;
import org.claimcheck.eval.EvalSets;
import org.claimcheck.eval.Evaluation;
import org.claimcheck.eval.Figure;
import org.claimcheck.eval.JsonEvalReport;
import org.claimcheck.eval.Tally;
import org.claimcheck.eval.TextEvalReport;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck eval}: measures extraction and verdict quality on a labelled evaluation set. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Measure quality on a labelled evaluation set: DIR/labels.csv, DIR/reference-data and "
                + "DIR/articles. Prints extraction precision and recall, verdict accuracy, planted errors found "
                + "and false flags by claim kind, the confusion matrix, and every miss, wrong value or link, false "
                + "positive and wrong verdict.",
            "An invalid evaluation set (labels, tables or articles) exits 3 and evaluates nothing."})
final class EvalCommand implements Callable<Integer> {

    private final NlpModels nlp;

    EvalCommand(NlpModels nlp) {
        this.nlp = nlp;
    }

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "eval",
            description = "The evaluation set (default: ${DEFAULT-VALUE}).")
    String dir;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputFileOption output;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--claims", paramLabel = "FILE", description = "Verdict-labelled claims in JSON lines (fields "
            + "Claim, Date, Verdict), repeatable: each claim is checked as a one-sentence article published on its "
            + "date, and accuracy, macro-F1, the share decided and the precision of each decided verdict are printed "
            + "instead of the labelled-set figures.")
    List<Path> claims = new ArrayList<>();

    @Option(names = {"-r", "--refs"}, paramLabel = "DIR", defaultValue = "reference-data",
            description = "Reference tables (and series) the --claims are checked against (default: ${DEFAULT-VALUE}).")
    Path refs;

    @Mixin
    CacheOptions cacheOptions = new CacheOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!claims.isEmpty()) {
            return evaluateClaims(out, err);
        }
        if (!Files.isDirectory(Path.of(dir))) {
            throw new ParameterException(spec.commandLine(), "not a directory: " + dir
                    + " (expected an evaluation set with labels.csv, reference-data/ and articles/)");
        }
        output.requireWritable(spec.commandLine());
        EvalSetLoad load = EvalSets.load(dir);
        load.problems().forEach(err::println);
        if (!load.isValid()) {
            err.println("claimcheck: the evaluation set in " + dir + " is invalid; nothing was evaluated");
            return ExitCode.INVALID_REFERENCES.code();
        }
        EvalSet set = load.requireSet();
        Path cache = cacheOptions.dir();
        nlp.prepare(cache);
        // Annotations may come from the cache; verification always runs, since it is what is evaluated.
        RunResult run = Runs.run(set.discovery(), set.inputs(), set.judge(),
                threads.count(), nlp.annotator(cache), null, new Cancellation(),
                err);
        EvalReport report = Evaluation.evaluate(set, run);
        if (output.file != null) {
            AtomicFiles.write(output.file, w -> write(report, w));
        } else {
            write(report, out);
            out.flush();
        }
        run.allProblems().forEach(err::println);
        Tally all = report.overall();
        err.printf("claimcheck: %d labelled claims: precision %s, recall %s, verdict accuracy %s, planted errors "
                + "found %s (contradicted outright %s), false flags %s, review load %s%n", all.labelled(),
                Figure.PRECISION.of(all), Figure.RECALL.of(all), Figure.VERDICT_ACCURACY.of(all),
                Figure.PLANTED_RECALL.of(all), Figure.PLANTED_CONTRADICTED.of(all), Figure.FALSE_FLAG_RATE.of(all),
                Figure.REVIEW_LOAD.of(all));
        return run.hasErrors() ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
    }

    private int evaluateClaims(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        LoadResult loaded = ReferenceLoader.load(refs);
        if (!loaded.isValid()) {
            loaded.problems().forEach(err::println);
            err.println("claimcheck: the reference tables in " + refs + " are invalid; nothing was evaluated");
            return ExitCode.INVALID_REFERENCES.code();
        }
        List<LabelledClaim> labelled;
        try {
            labelled = LabelledClaims.read(claims);
        } catch (IOException e) {
            err.println(e.getMessage());
            err.println("claimcheck: the labelled claims are invalid; nothing was evaluated");
            return ExitCode.INVALID_REFERENCES.code();
        }
        Path articles = Files.createTempFile("claimcheck-claims", ".jsonl");
        try {
            LabelledClaims.writeArticles(labelled, articles);
            InputSpec inputs = InputSpec.of(articles.toString());
            Path cache = cacheOptions.dir();
            nlp.prepare(cache);
            RunResult run = Runs.run(Runs.discover(inputs), inputs,
                    new Verifier(loaded.index(), loaded.series())::verify,
                    threads.count(), nlp.annotator(cache), null,
                    new Cancellation(), err);
            ClaimVerdictReport report = ClaimVerdicts.evaluate(labelled, run);
            if (output.file != null) {
                AtomicFiles.write(output.file, report::write);
            } else {
                report.write(out);
                out.flush();
            }
            run.allProblems().forEach(err::println);
            err.printf(Locale.ROOT, "claimcheck: %d labelled claims: accuracy %.3f, macro-F1 %.3f, decided %.3f%n",
                    labelled.size(), report.accuracy(), report.macroF1(), report.decidedShare());
            return run.hasErrors() ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
        } finally {
            Files.deleteIfExists(articles);
        }
    }

    private void write(EvalReport report, Writer w) throws IOException {
        if (format == Format.json) {
            JsonEvalReport.write(report, w);
        } else {
            TextEvalReport.write(report, w);
        }
    }
}
