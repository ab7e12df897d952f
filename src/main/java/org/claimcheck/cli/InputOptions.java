package org.claimcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.ingest.InputSpec;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The options every command that reads articles shares. */
public final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Articles: files, directories (searched recursively), @LIST (a file listing paths, "
                    + "one per line), or - for standard input. Formats: .txt, .md, .html, .jsonl.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only read files whose path (relative to the directory given) matches GLOB. Repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching GLOB. Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--files-from", paramLabel = "FILE", description = "Read article paths from FILE, one per line.")
    List<String> filesFrom = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "10485760",
            converter = PositiveNumbers.Bytes.class,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    InputSpec toSpec() {
        List<String> all = new ArrayList<>(paths);
        filesFrom.forEach(f -> all.add("@" + f));
        return new InputSpec(all, includes, excludes, maxFileSize);
    }

    boolean isEmpty() {
        return paths.isEmpty() && filesFrom.isEmpty();
    }

    /**
     * Refuses a command line that names no input, and paths named on it that do not exist (see below): every
     * command that reads articles says so the same way, as a usage error.
     */
    void requireInputs(CommandLine cmd) {
        if (isEmpty()) {
            throw new CommandLine.ParameterException(cmd,
                    "no input: name files, directories, @LIST or - for standard input");
        }
        requireExisting(cmd);
    }

    /**
     * Refuses paths named on the command line that do not exist (a file list's own path included), before any
     * analysis and before the output is touched: a mistyped path must not replace the reports with empty ones.
     * Entries of a file list that do not exist are input problems, reported with the others.
     */
    void requireExisting(CommandLine cmd) {
        List<String> missing = new ArrayList<>();
        for (String p : paths) {
            String file = p.startsWith("@") && p.length() > 1 ? p.substring(1) : p;
            if (!p.equals("-") && !Files.exists(Path.of(file))) {
                missing.add(file);
            }
        }
        for (String f : filesFrom) {
            if (!Files.exists(Path.of(f))) {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(cmd, "no such file or directory: " + String.join(", ", missing)
                    + " (nothing was checked and no report was written)");
        }
    }

    /** Why the inputs named no article: which folders held none, and which globs matched nothing. */
    String nothingFound() {
        List<String> named = toSpec().paths();
        StringBuilder sb = new StringBuilder("no article to check: ");
        sb.append(String.join(", ", named)).append(named.size() == 1 ? " holds" : " hold")
                .append(" no .txt, .md, .markdown, .html, .htm or .jsonl file");
        if (!includes.isEmpty()) {
            sb.append(" matching --include ").append(String.join(", --include ", includes));
        }
        if (!excludes.isEmpty()) {
            sb.append(includes.isEmpty() ? " outside " : " and outside ").append("--exclude ")
                    .append(String.join(", --exclude ", excludes));
        }
        return sb.append(" (hidden files and folders are skipped); nothing was checked and no report was written")
                .toString();
    }
}
