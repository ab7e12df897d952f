package org.claimcheck.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.problem.Problem;

/**
 * Collects the supported files under one directory: hidden entries (names starting with a dot) are skipped,
 * globs are matched against the path relative to the directory, and directories that cannot be read become
 * problems while the search goes on. Only regular files are taken: a named pipe, device or socket with an
 * article's extension becomes a warning instead, so it can never block the run.
 */
final class DirectoryWalker extends SimpleFileVisitor<Path> {

    static final String NOT_A_FILE = "not-a-regular-file";
    static final String NOT_A_FILE_MESSAGE = "not a regular file (a named pipe, device or socket):"
            + " expected a file with article text";

    private final Path root;
    private final Path display;
    private final PathFilter filter;
    private final List<InputFile> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    DirectoryWalker(Path root, Path display, PathFilter filter) {
        this.root = root;
        this.display = display;
        this.filter = filter;
    }

    List<InputFile> found() {
        return List.copyOf(found);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(root)) {
            return FileVisitResult.CONTINUE;
        }
        boolean skip = isHidden(dir) || filter.prunesDirectory(relative(dir));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String relative = relative(file);
        if (!isHidden(file) && !attrs.isDirectory() && InputFormat.of(relative).isPresent()
                && filter.acceptsFile(relative)) {
            if (attrs.isRegularFile()) {
                found.add(InputFile.of(file, displayPath(file)));
            } else {
                // Reading a named pipe would wait for a writer forever, a device may never end: skip them.
                problems.add(Problem.warning(NOT_A_FILE, displayPath(file), null, NOT_A_FILE_MESSAGE + " (skipped)"));
            }
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (!isHidden(file)) {
            problems.add(failure(file, e));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
            problems.add(failure(dir, e));
        }
        return FileVisitResult.CONTINUE;
    }

    private Problem failure(Path path, IOException e) {
        String where = displayPath(path);
        if (e instanceof FileSystemLoopException) {
            return Problem.warning("link-loop", where, null, "symbolic link loops back to a parent directory:"
                    + " expected a directory tree without cycles (skipped)");
        }
        if (e instanceof NoSuchFileException) {
            return Problem.error("unreadable-directory", where, null,
                    "broken symbolic link or file removed while searching: expected a readable file");
        }
        if (e instanceof AccessDeniedException) {
            return Problem.error("unreadable-directory", where, null,
                    "permission denied: expected a readable directory or file");
        }
        return Problem.error("unreadable-directory", where, null, "cannot read: " + e);
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private String displayPath(Path path) {
        String joined = display.resolve(root.relativize(path)).normalize().toString().replace('\\', '/');
        return joined.isEmpty() ? "." : joined;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".") && !name.toString().equals(".")
                && !name.toString().equals("..");
    }
}
