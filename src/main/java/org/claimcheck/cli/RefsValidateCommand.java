package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck refs validate [DIR]}: every problem in the tables as {@code file:line:col: error: …}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Check reference tables and print every problem as file:line:col: error: message.")
final class RefsValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "reference-data",
            description = "Folder of reference tables (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadResult loaded = ReferenceLoader.load(dir);
        loaded.problems().forEach(out::println);
        if (!loaded.isValid()) {
            long errors = loaded.problems().stream().filter(p -> p.isError()).count();
            out.println(dir + ": " + errors + (errors == 1 ? " error" : " errors") + "; the tables cannot be used");
            return ExitCode.INVALID_REFERENCES.code();
        }
        out.printf("%s: valid: %d subjects, %d attributes, %d facts%n", dir, loaded.index().subjects().size(),
                loaded.index().attributes().size(), loaded.index().facts().size());
        if (!loaded.series().isEmpty()) {
            out.printf("%s: valid: %d series attributes, %d series subjects, %d series, %d figures%n", dir,
                    loaded.series().attributes().size(), loaded.series().subjects().size(),
                    loaded.series().seriesCount(), loaded.series().pointCount());
        }
        return ExitCode.OK.code();
    }
}
