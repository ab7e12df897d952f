package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.claimcheck.gate.Baseline;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.FindingsCache;
import org.claimcheck.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: verifies every claim, writes the reports, and gates on the verdicts. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check the dated and numeric claims in articles against the reference tables, write "
                + "reports, and exit non-zero when claims fail the gate.")
final class CheckCommand implements Callable<Integer> {

    private final NlpModels nlp;

    CheckCommand(NlpModels nlp) {
        this.nlp = nlp;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Mixin
    CheckOptions options = new CheckOptions();

    @Mixin
    CacheOptions cacheOptions = new CacheOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Everything a person can get wrong is checked before the models load or any article is read.
        inputs.requireInputs(spec.commandLine());
        ReportOptions.Formats formats = options.checkedFormats(spec.commandLine());
        ChangedFiles changed = null;
        if (options.changedSince != null) {
            try {
                changed = ChangedFiles.since(options.changedSince, Path.of("").toAbsolutePath());
            } catch (ChangedFiles.Unusable e) {
                throw usage(e.getMessage());
            }
        }
        Baseline baseline = options.readBaseline(spec.commandLine());
        Path cache = cacheOptions.dir();
        nlp.prepare(cache); // start loading the models while the tables are validated and inputs found
        LoadResult refs = ReferenceLoader.load(options.refs);
        if (!refs.isValid()) {
            refs.problems().forEach(err::println);
            err.println("claimcheck: the reference tables in " + options.refs + " are invalid; nothing was checked");
            return ExitCode.INVALID_REFERENCES.code();
        }
        InputSpec inputSpec = inputs.toSpec();
        Discovery discovery = Runs.discover(inputSpec);
        if (discovery.files().isEmpty()) {
            // A gate must not pass on nothing; the reports of the last run stay as they were.
            discovery.problems().forEach(err::println);
            throw usage(inputs.nothingFound());
        }
        if (changed != null) {
            try {
                discovery = changed.filter(discovery);
                if (discovery.files().isEmpty()) {
                    err.println("claimcheck: no article changed since " + options.changedSince
                            + ": nothing to check");
                }
            } catch (ChangedFiles.Unusable e) {
                throw usage(e.getMessage());
            }
        }
        Verifier verifier = new Verifier(refs.index(), refs.series());
        Runs.Interrupt interrupt = Runs.Interrupt.install();
        int code = ExitCode.INTERNAL_ERROR.code();
        try {
            code = checkAndReport(discovery, inputSpec, verifier, nlp.annotator(cache),
                    Runs.findingsCache(cache, refs), interrupt, baseline, formats.files(), formats.streams());
            return code;
        } finally {
            out.flush();
            err.flush();
            interrupt.finished(code);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private int checkAndReport(Discovery discovery, InputSpec inputSpec, Verifier verifier, ArticleAnnotator annotator,
            FindingsCache findingsCache, Runs.Interrupt interrupt, Baseline baseline, Set<ReportFormat> files,
            Set<ReportFormat> streams) throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunResult result = Runs.run(discovery, inputSpec, verifier::verify, options.threadCount(), annotator,
                findingsCache, interrupt.cancellation(), err, java.time.Duration.ofSeconds(options.inputTimeout));
        Runs.warnIfCacheFailed(annotator, err);
        return new GatedReports(options, baseline, out, err).finish(result, files, streams,
                !discovery.files().isEmpty());
    }
}
