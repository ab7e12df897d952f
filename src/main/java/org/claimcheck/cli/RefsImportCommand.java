package org.claimcheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck refs import}: turn a publisher's series export into a reference folder. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Import time series into a reference folder.",
        subcommands = {RefsImportOwidCommand.class})
final class RefsImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing source kind: expected owid");
    }
}
