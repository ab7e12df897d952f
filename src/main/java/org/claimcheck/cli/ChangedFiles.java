package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputFile;

/**
 * Keeps only the inputs that git reports as changed since a revision (committed, staged, or in the work tree).
 * Git runs in {@code workDir}; a folder outside a work tree, an unknown revision (usual in a shallow CI checkout)
 * or a missing git is a {@link Unusable} with a sentence that says what to do, checked before any analysis.
 */
final class ChangedFiles {

    /** Why {@code --changed-since} cannot be used here: a usage problem, not a bug. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    private final String revision;
    private final Path workDir;
    private final Path top;

    private ChangedFiles(String revision, Path workDir, Path top) {
        this.revision = revision;
        this.workDir = workDir;
        this.top = top;
    }

    /** Checks that git runs, {@code workDir} is in a work tree and {@code revision} names a commit git has. */
    static ChangedFiles since(String revision, Path workDir) throws Unusable, InterruptedException {
        Result inside = git(workDir, "rev-parse", "--show-toplevel");
        if (inside.code != 0) {
            throw new Unusable("--changed-since needs a git work tree, but " + describe(workDir)
                    + " is not inside one (git: " + firstLine(inside.output) + ")");
        }
        Path top = Path.of(inside.output.strip());
        if (revision.isBlank() || revision.startsWith("-")
                || git(workDir, "rev-parse", "--verify", "--quiet", revision + "^{commit}").code != 0) {
            throw new Unusable("--changed-since " + revision + ": git does not know this revision. In a shallow CI"
                    + " checkout the history is missing: fetch it first (actions/checkout with fetch-depth: 0,"
                    + " GIT_DEPTH: 0 on GitLab, or git fetch --unshallow), or name a revision that exists");
        }
        return new ChangedFiles(revision, workDir, top);
    }

    /** The root of the git work tree {@code workDir} is in, or empty outside one (or without git). */
    static Optional<Path> topLevel(Path workDir) throws InterruptedException {
        try {
            Result r = git(workDir, "rev-parse", "--show-toplevel");
            return r.code == 0 && !r.output.isBlank() ? Optional.of(Path.of(r.output.strip())) : Optional.empty();
        } catch (Unusable e) {
            return Optional.empty();
        }
    }

    Discovery filter(Discovery discovery) throws Unusable, InterruptedException {
        Set<Path> changed = new HashSet<>();
        for (String line : lines(run("diff", "--name-only", "--no-renames", revision, "--"))) {
            changed.add(top.resolve(line).normalize());
        }
        for (String line : lines(run("ls-files", "--others", "--exclude-standard", "--full-name", top.toString()))) {
            changed.add(top.resolve(line).normalize());
        }
        List<InputFile> kept = discovery.files().stream()
                .filter(f -> f.file() == null
                        || changed.contains(workDir.resolve(f.file()).toAbsolutePath().normalize()))
                .toList();
        return new Discovery(kept, discovery.problems());
    }

    private String run(String... args) throws Unusable, InterruptedException {
        Result r = git(workDir, args);
        if (r.code != 0) {
            throw new Unusable("--changed-since " + revision + ": git " + args[0] + " failed: "
                    + firstLine(r.output));
        }
        return r.output;
    }

    private static List<String> lines(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private record Result(int code, String output) {
    }

    private static Result git(Path workDir, String... args) throws Unusable, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new Unusable("--changed-since needs git, which could not be started (" + e.getMessage()
                    + "): install git or leave out --changed-since");
        }
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), output);
        } catch (IOException e) {
            throw new Unusable("--changed-since: could not read git's output: " + e.getMessage());
        }
    }

    private static String describe(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }

    private static String firstLine(String output) {
        String s = output.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
