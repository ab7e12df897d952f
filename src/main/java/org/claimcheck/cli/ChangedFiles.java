package org.claimcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputFile;

/** Keeps only the inputs that git reports as changed since a revision (committed, staged, or in the work tree). */
final class ChangedFiles {

    private ChangedFiles() {
    }

    static Discovery filter(Discovery discovery, String revision) throws IOException, InterruptedException {
        Path top = Path.of(git("rev-parse", "--show-toplevel").trim());
        Set<Path> changed = new HashSet<>();
        for (String line : git("diff", "--name-only", "--no-renames", revision, "--").split("\n")) {
            if (!line.isBlank()) {
                changed.add(top.resolve(line.trim()).normalize());
            }
        }
        for (String line : git("ls-files", "--others", "--exclude-standard", "--full-name", top.toString())
                .split("\n")) {
            if (!line.isBlank()) {
                changed.add(top.resolve(line.trim()).normalize());
            }
        }
        List<InputFile> kept = discovery.files().stream()
                .filter(f -> f.file() == null || changed.contains(f.file().toAbsolutePath().normalize()))
                .toList();
        return new Discovery(kept, discovery.problems());
    }

    private static String git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + output.trim());
        }
        return output;
    }
}
