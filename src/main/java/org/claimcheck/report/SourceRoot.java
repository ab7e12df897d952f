package org.claimcheck.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The folder code-scanning tools resolve file locations against (SARIF's {@code %SRCROOT%}, the repository root
 * of a GitHub workflow), and the folder the paths in a run were typed relative to. Turns a path as the user
 * typed it ({@code ./articles/a.md}, {@code ../site/articles/a.md}, an absolute path) into the same path
 * relative to the root ({@code site/articles/a.md}), whatever the folder claimcheck ran in.
 *
 * @param root the repository root (absolute)
 * @param workDir the folder relative paths were typed in (absolute)
 */
public record SourceRoot(Path root, Path workDir) {

    public SourceRoot {
        root = root.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
    }

    /** Paths relative to the current folder, which is taken as the root: typed relative paths stay as they are. */
    public static SourceRoot currentFolder() {
        Path here = Path.of("").toAbsolutePath();
        return new SourceRoot(here, here);
    }

    /** {@code root} as the repository root, paths typed relative to the current folder. */
    public static SourceRoot of(Path root) {
        Objects.requireNonNull(root, "root");
        return new SourceRoot(root, Path.of(""));
    }

    /** The typed path relative to the root, with {@code /} separators; empty for a path outside the root. */
    public Optional<String> relative(String typedPath) {
        Optional<Path> file = absolute(typedPath);
        if (file.isEmpty() || !file.get().startsWith(root) || file.get().equals(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(file.get()).toString().replace('\\', '/'));
    }

    /** The typed path made absolute against {@code workDir}; empty for standard input or a malformed path. */
    public Optional<Path> absolute(String typedPath) {
        if (typedPath.startsWith("<")) {
            return Optional.empty(); // <stdin>
        }
        try {
            return Optional.of(workDir.resolve(typedPath).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
