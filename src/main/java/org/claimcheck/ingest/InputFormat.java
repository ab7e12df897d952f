package org.claimcheck.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The input formats ingest reads, each with its file extensions (matched ignoring case). */
enum InputFormat {
    TEXT(".txt"),
    MARKDOWN(".md", ".markdown"),
    HTML(".html", ".htm"),
    JSON_LINES(".jsonl");

    static final String STDIN = "<stdin>";

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format of a path by its extension; standard input is plain text. */
    static Optional<InputFormat> of(String path) {
        if (path.equals(STDIN)) {
            return Optional.of(TEXT);
        }
        String ext = extension(path);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /** The extension including its dot, lowercased, or "" when the name has none. */
    static String extension(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** "unsupported file type ".pdf": expected one of .txt, .md, ..." */
    static String unsupportedMessage(String path) {
        String ext = extension(path);
        String all = Arrays.stream(values()).flatMap(f -> f.extensions.stream()).collect(Collectors.joining(", "));
        String what = ext.isEmpty() ? "file without extension" : "file type \"" + ext + "\"";
        return "unsupported " + what + ": expected one of " + all;
    }
}
