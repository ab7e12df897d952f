package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

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
            commandLine.getErr().println("claimcheck: internal error: " + e);
            StackTraceElement[] trace = e.getStackTrace();
            for (int i = 0; i < Math.min(8, trace.length); i++) {
                commandLine.getErr().println("    at " + trace[i]);
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        cmd.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("claimcheck: " + e.getMessage());
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

    private static void applyExitCodes(CommandLine cmd, Map<String, String> codes) {
        cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cmd.getSubcommands().values().forEach(sub -> applyExitCodes(sub, codes));
    }
}
