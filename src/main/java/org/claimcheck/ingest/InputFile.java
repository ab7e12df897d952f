package org.claimcheck.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input found by {@link Ingest#discover}: a file on disk, or standard input already read into
 * {@code content} (then {@code file} is null and {@code path} is {@code <stdin>}).
 */
public record InputFile(String path, Path file, byte[] content) {

    public InputFile {
        Objects.requireNonNull(path, "path");
        if ((file == null) == (content == null)) {
            throw new IllegalArgumentException("an input is either a file or in-memory content");
        }
    }

    public static InputFile of(Path file, String displayPath) {
        return new InputFile(displayPath, file, null);
    }
}
