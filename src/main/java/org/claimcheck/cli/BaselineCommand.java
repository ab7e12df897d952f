package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.gate.Baseline;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.report.OutputFolder;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Cancellation;
import org.claimcheck.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck baseline}: accepts every claim that fails the gate today, after an editor reviewed them. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write a baseline that accepts every claim failing the gate now; later checks with "
                + "--baseline fail only on new or changed claims.")
final class BaselineCommand implements Callable<Integer> {

    private final NlpModels nlp;

    BaselineCommand(NlpModels nlp) {
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

    @Option(names = "--write", paramLabel = "FILE", defaultValue = "claimcheck-baseline.json",
            description = "Baseline file to write (default: ${DEFAULT-VALUE}).")
    Path target;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        inputs.requireInputs(spec.commandLine());
        if (target != null) {
            OutputFolder.problemForFile(target).ifPresent(problem -> {
                throw new ParameterException(spec.commandLine(), problem);
            });
        }
        Path cache = cacheOptions.dir();
        nlp.prepare(cache);
        LoadResult refs = ReferenceLoader.load(options.refs);
        if (!refs.isValid()) {
            refs.problems().forEach(err::println);
            return ExitCode.INVALID_REFERENCES.code();
        }
        InputSpec inputSpec = inputs.toSpec();
        Discovery discovery = Runs.discover(inputSpec);
        RunResult result = Runs.run(discovery, inputSpec, new Verifier(refs.index(), refs.series())::verify,
                options.threadCount(), nlp.annotator(cache), Runs.findingsCache(cache, refs), new Cancellation(), err);
        Baseline baseline = Baseline.of(result, options.failOn);
        AtomicFiles.write(target.toAbsolutePath(), baseline::write);
        err.printf("claimcheck: %s accepts %d claims%n", target, baseline.size());
        result.allProblems().forEach(err::println);
        return result.hasErrors() && !options.noFailOnError ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
    }
}
