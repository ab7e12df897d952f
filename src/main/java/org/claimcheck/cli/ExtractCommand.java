package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Cancellation;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code claimcheck extract}: lists the dated and numeric claims found in articles, without checking them. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the dated and numeric claims in articles (no reference tables needed).")
final class ExtractCommand implements Callable<Integer> {

    private final NlpModels nlp;

    ExtractCommand(NlpModels nlp) {
        this.nlp = nlp;
    }

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    OutputFileOption output;

    @Mixin
    ThreadsOption threads;

    @Mixin
    CacheOptions cacheOptions = new CacheOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        inputs.requireInputs(spec.commandLine());
        output.requireWritable(spec.commandLine());
        Path cache = cacheOptions.dir();
        nlp.prepare(cache);
        InputSpec inputSpec = inputs.toSpec();
        Discovery discovery = Runs.discover(inputSpec);
        // Extraction only: no findings cache, whose entries hold verdicts.
        RunResult result = Runs.run(discovery, inputSpec, (article, claims) -> claims.stream()
                .map(c -> new Finding(c, Verdict.UNVERIFIABLE, Reason.NOT_CHECKED, List.of(),
                        "not checked: extraction only"))
                .toList(), threads.count(), nlp.annotator(cache), null,
                new Cancellation(), err);
        if (output.file != null) {
            AtomicFiles.write(output.file, w -> write(result, w));
        } else {
            write(result, out);
            out.flush();
        }
        result.allProblems().forEach(err::println);
        return result.hasErrors() ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
    }

    private void write(RunResult result, Writer w) throws IOException {
        if (format == Format.json) {
            ClaimListing.json(result, w);
        } else {
            ClaimListing.table(result, w);
        }
    }
}
