package org.claimcheck.report;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before any analysis, that report files can be written where they should go: the output folder is a
 * folder (or can be created) and a file can be created in it. Nothing is left behind by the check.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /** Why reports cannot be written to {@code dir}, as a sentence for a person; empty when they can. */
    public static Optional<String> problem(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            return Optional.of("the output folder " + dir + " is a file: expected a folder, or a path that does not"
                    + " exist yet");
        }
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of("cannot create the output folder " + dir + ": no part of its path exists");
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of("cannot create the output folder " + dir + ": " + existing + " is a file, not a folder");
        }
        try {
            Path probe = Files.createTempFile(existing, ".claimcheck-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            String what = existing.equals(abs) ? "cannot write into the output folder " + dir
                    : "cannot create the output folder " + dir + " in " + existing;
            return Optional.of(what + ": " + reason(e));
        }
        return Optional.empty();
    }

    /**
     * Why the file {@code file} cannot be written (replaced whole through a temporary file beside it), as a
     * sentence; empty when it can.
     */
    public static Optional<String> problemForFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return Optional.of(file + " is a folder: expected the name of a file to write");
        }
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of("cannot write " + file + ": its folder " + (parent == null ? "/" : parent)
                    + " does not exist");
        }
        return problem(parent).map(p -> "cannot write " + file + ": " + p);
    }

    /** The operating system's reason for a failed file operation ("No space left on device"), or the message. */
    public static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
