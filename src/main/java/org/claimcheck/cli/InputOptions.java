package org.claimcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.ingest.InputSpec;
import picocli.CommandLine.Option;
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
}
