package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimcheck.extract.Claim;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.FactStub;
import org.claimcheck.reference.FactStubWriter;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.files.AtomicFiles;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Cancellation;
import org.claimcheck.value.Unresolved;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck refs suggest}: facts-table stub rows for the claims no table covers. */
@Command(name = "suggest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Write facts-table rows (CSV, source and vintage left empty) for every unverifiable claim, "
                + "for curators to complete.")
final class RefsSuggestCommand implements Callable<Integer> {

    private final NlpModels nlp;

    RefsSuggestCommand(NlpModels nlp) {
        this.nlp = nlp;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs = new InputOptions();

    @Option(names = {"-r", "--refs"}, paramLabel = "DIR", defaultValue = "reference-data",
            description = "Folder of reference tables (default: ${DEFAULT-VALUE}).")
    Path refs;

    @Mixin
    OutputFileOption output;

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
        LoadResult loaded = ReferenceLoader.load(refs);
        if (!loaded.isValid()) {
            loaded.problems().forEach(err::println);
            return ExitCode.INVALID_REFERENCES.code();
        }
        InputSpec spec = inputs.toSpec();
        Discovery discovery = Runs.discover(spec);
        RunResult result = Runs.run(discovery, spec, new Verifier(loaded.index())::verify, Runs.defaultThreads(),
                nlp.annotator(cache), Runs.findingsCache(cache, loaded), new Cancellation(), err);
        List<FactStub> stubs = stubs(result);
        if (output.file == null) {
            FactStubWriter.write(stubs, out);
            out.flush();
        } else {
            AtomicFiles.write(output.file.toAbsolutePath(), (Writer w) -> FactStubWriter.write(stubs, w));
        }
        err.printf("claimcheck: %d rows suggested for unverifiable claims%n", stubs.size());
        result.allProblems().forEach(err::println);
        return result.hasErrors() ? ExitCode.INPUT_PROBLEMS.code() : ExitCode.OK.code();
    }

    static List<FactStub> stubs(RunResult result) {
        List<FactStub> stubs = new ArrayList<>();
        for (ArticleResult a : result.articles()) {
            for (Finding f : a.findings()) {
                Claim c = f.claim();
                if (f.verdict() != Verdict.UNVERIFIABLE || c.value() instanceof Unresolved) {
                    continue;
                }
                String subject = single(f.evidence().stream().map(Evidence::subject).toList())
                        .orElse(c.subject() == null ? "" : slug(c.subject()));
                String attribute = single(f.evidence().stream().map(Evidence::attribute).toList()).orElse("");
                stubs.add(new FactStub(subject, attribute, c.value().canonical(),
                        c.period() == null ? "" : c.period().canonical(), a.path() + ":" + c.position(),
                        c.sentence()));
            }
        }
        return stubs;
    }

    private static java.util.Optional<String> single(List<String> ids) {
        List<String> distinct = ids.stream().filter(s -> s != null && !s.isEmpty()).distinct().toList();
        return distinct.size() == 1 ? java.util.Optional.of(distinct.get(0)) : java.util.Optional.empty();
    }

    /** A kebab-case id suggestion from a subject phrase ("the Power of Siberia pipeline" → power-of-siberia-pipeline). */
    static String slug(String phrase) {
        String plain = Normalizer.normalize(phrase, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }
}
