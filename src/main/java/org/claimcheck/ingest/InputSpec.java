package org.claimcheck.ingest;

import java.util.List;

/**
 * What the user asked to read: paths (files, directories searched recursively, {@code @list.txt} file lists,
 * or {@code -} for standard input), include/exclude globs matched against paths relative to the directory
 * given, and the largest file accepted.
 */
public record InputSpec(List<String> paths, List<String> includes, List<String> excludes, long maxBytes) {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public InputSpec {
        paths = List.copyOf(paths);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public static InputSpec of(String... paths) {
        return new InputSpec(List.of(paths), List.of(), List.of(), DEFAULT_MAX_BYTES);
    }
}
