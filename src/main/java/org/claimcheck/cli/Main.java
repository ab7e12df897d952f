package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.report.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point: the only place that calls {@link System#exit}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the CLI in-process and returns the exit code; all output goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new RootCommand());
        // "@list.txt" names a list of article paths, read by ingest relative to the list's own folder.
        cmd.setExpandAtFiles(false);
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            IOException io = e instanceof UncheckedIOException u ? u.getCause()
                    : e instanceof IOException i ? i : null;
            if (io != null) {
                // A file that could not be read or written is the machine's state, not a bug: no stack trace.
                String context = e instanceof UncheckedIOException u && u.getMessage() != null
                        && !u.getMessage().equals(io.toString()) ? u.getMessage() + ": " : "";
                commandLine.getErr().println("claimcheck: error: " + context + describe(io));
                return ExitCode.CANNOT_WRITE.code();
            }
            commandLine.getErr().println("claimcheck: internal error: " + e);
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < Math.min(8, trace.length); i++) {
                commandLine.getErr().println("    at " + trace[i]);
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            if (e instanceof UnmatchedArgumentException u && c.getCommandSpec().parent() == null
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                c.getErr().println("claimcheck: unknown command '" + u.getUnmatched().get(0) + "': expected one of "
                        + String.join(", ", c.getSubcommands().keySet()));
            } else {
                c.getErr().println("claimcheck: " + e.getMessage());
            }
            UnmatchedArgumentException.printSuggestions(e, c.getErr());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        });
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(Integer.toString(code.code()), code.meaning());
        }
        applyExitCodes(cmd, codes);
        return cmd;
    }

    /** "path: reason" for a failed file operation, in the words of the operating system. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile() + ": " + OutputFolder.reason(e);
        }
        return OutputFolder.reason(e);
    }

    private static void applyExitCodes(CommandLine cmd, Map<String, String> codes) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cmd.getSubcommands().values().forEach(sub -> applyExitCodes(sub, codes));
    }
}
