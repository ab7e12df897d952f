package org.claimcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck refs}: work with the reference tables. */
@Command(name = "refs", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Validate reference tables, suggest rows for claims they do not cover, import time series, or"
                + " measure what loading them costs.",
        subcommands = {RefsValidateCommand.class, RefsSuggestCommand.class, RefsImportCommand.class,
            RefsStatsCommand.class})
final class RefsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "missing command: expected one of validate, suggest, import, stats");
    }
}
