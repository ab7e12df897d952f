package org.claimcheck.cli;

import java.nio.file.Path;
import org.claimcheck.report.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code -o, --output FILE} of the commands that print their result: the file to write it to instead. */
final class OutputFileOption {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path file;

    /** A usage error naming the problem, before any work, when the file is given and cannot be written. */
    void requireWritable(CommandLine commandLine) {
        if (file != null) {
            OutputFolder.problemForFile(file).ifPresent(problem -> {
                throw new ParameterException(commandLine, problem);
            });
        }
    }
}
