package org.claimcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck}: finds dated and numeric claims in articles and checks them against reference tables. */
@Command(name = "claimcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Finds the dated and numeric claims in articles and checks them against curated reference "
                + "tables.",
        subcommands = {CheckCommand.class, ExtractCommand.class, RefsCommand.class, BaselineCommand.class,
            EvalCommand.class, BenchCommand.class, ReportCommand.class})
final class RootCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: expected one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
