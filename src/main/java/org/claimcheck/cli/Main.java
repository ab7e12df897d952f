package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.FileSystemException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimcheck.report.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point: the only place that ends the process ({@link System#exit}, {@link Runtime#halt}). */
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
        return run(args, out, err, NlpModels.lean());
    }

    /** As above, with the annotator the commands that analyse articles share. */
    static int run(String[] args, PrintWriter out, PrintWriter err, NlpModels nlp) {
        CommandLine cmd = commandLine(nlp);
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    /**
     * Ends the process at once with {@code code}, without running shutdown hooks: for a shutdown hook that has
     * finished the command's work and must set the exit code the signal would otherwise decide.
     */
    static void halt(int code) {
        Runtime.getRuntime().halt(code);
    }

    static CommandLine commandLine(NlpModels nlp) {
        CommandLine cmd = new CommandLine(new RootCommand(), new CommandFactory(nlp));
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

    /** Creates the commands, handing the run's {@link NlpModels} to those that take it. */
    private static final class CommandFactory implements CommandLine.IFactory {

        private final NlpModels nlp;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        CommandFactory(NlpModels nlp) {
            this.nlp = nlp;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            Constructor<K> withModels;
            try {
                withModels = type.getDeclaredConstructor(NlpModels.class);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
            return withModels.newInstance(nlp);
        }
    }
}
