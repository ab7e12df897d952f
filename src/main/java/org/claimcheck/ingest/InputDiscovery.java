package org.claimcheck.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Chars;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;

/**
 * Expands the paths of an {@link InputSpec} into inputs: files as named, directories searched recursively for
 * supported files (hidden files and directories skipped, globs applied), {@code @list} files naming one path
 * per line relative to the list's folder, and {@code -} for standard input. Globs apply only inside
 * directories: a file named explicitly is always read. Results are sorted by path, each file once.
 */
final class InputDiscovery {

    private final InputSpec spec;
    private final Supplier<InputStream> stdin;
    private final PathFilter filter;
    private final Map<String, InputFile> found = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    private InputDiscovery(InputSpec spec, Supplier<InputStream> stdin) {
        this.spec = spec;
        this.stdin = stdin;
        this.filter = PathFilter.of(spec.includes(), spec.excludes());
        problems.addAll(filter.problems());
    }

    static Discovery discover(InputSpec spec, Supplier<InputStream> stdin) {
        InputDiscovery discovery = new InputDiscovery(spec, stdin);
        for (String given : spec.paths()) {
            if (given.equals("-")) {
                discovery.standardInput();
            } else if (given.startsWith("@") && given.length() > 1) {
                discovery.list(given.substring(1));
            } else {
                discovery.named(given, Path.of(given), given, null);
            }
        }
        List<InputFile> files = new ArrayList<>(discovery.found.values());
        files.sort(Comparator.comparing(InputFile::path));
        return new Discovery(files, discovery.problems.stream().sorted().toList());
    }

    /** A path named by the user or by a list entry ({@code where} is the entry's place in its list, or null). */
    private void named(String display, Path file, String given, Located where) {
        if (!Files.exists(file)) {
            problems.add(where == null ? Problem.error("no-such-file", display, null, "no such file or directory")
                    : where.problem("no-such-file", "no such file or directory: " + given));
        } else if (Files.isDirectory(file)) {
            walk(file, display);
        } else if (!Files.isRegularFile(file)) {
            String message = DirectoryWalker.NOT_A_FILE_MESSAGE;
            problems.add(where == null ? Problem.error(DirectoryWalker.NOT_A_FILE, display, null, message)
                    : where.problem(DirectoryWalker.NOT_A_FILE, message + " (in " + given + ")"));
        } else if (InputFormat.of(display).isPresent()) {
            add(InputFile.of(file, display));
        } else {
            String message = InputFormat.unsupportedMessage(display);
            problems.add(where == null ? Problem.error("unsupported-type", display, null, message)
                    : where.problem("unsupported-type", message + " (in " + given + ")"));
        }
    }

    private void walk(Path root, String display) {
        DirectoryWalker walker = new DirectoryWalker(root, Path.of(display).normalize(), filter);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walker);
        } catch (IOException e) {
            problems.add(Problem.error("unreadable-directory", display, null, "cannot search directory: " + e));
        }
        walker.found().forEach(this::add);
        problems.addAll(walker.problems());
    }

    private void list(String listPath) {
        Path listFile = Path.of(listPath);
        List<String> entries;
        try {
            entries = List.of(Files.readString(listFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            String message = Files.exists(listFile) ? "cannot read file list: " + e : "no such file or directory";
            problems.add(Problem.error("unreadable-list", listPath, null, message));
            return;
        }
        String text = entries.get(0);
        Path folder = listFile.getParent();
        List<Span> lines = Chars.lines(text);
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n).of(text);
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            Located where = new Located(listPath, new Position(n + 1, raw.indexOf(entry.charAt(0)) + 1));
            Path file = folder == null ? Path.of(entry) : folder.resolve(entry);
            named(file.normalize().toString(), file, entry, where);
        }
    }

    private void standardInput() {
        if (found.containsKey(InputFormat.STDIN)) {
            return;
        }
        try (InputStream in = stdin.get()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, spec.maxBytes() + 1));
            if (bytes.length > spec.maxBytes()) {
                problems.add(Problem.error("input-too-large", InputFormat.STDIN, null, "standard input is larger than"
                        + " the limit of " + spec.maxBytes() + " bytes: expected a smaller input or a higher size"
                        + " limit"));
                return;
            }
            found.put(InputFormat.STDIN, new InputFile(InputFormat.STDIN, null, bytes));
        } catch (IOException e) {
            problems.add(Problem.error("unreadable-input", InputFormat.STDIN, null,
                    "cannot read standard input: " + e));
        }
    }

    /** Keeps one input per file; when a file is reached twice, the shorter (then smaller) path names it. */
    private void add(InputFile input) {
        String key = input.file().toAbsolutePath().normalize().toString();
        found.merge(key, input, (a, b) -> Comparator.comparing((InputFile f) -> f.path().length())
                .thenComparing(InputFile::path).compare(a, b) <= 0 ? a : b);
    }

    /** Where an entry of a file list stands, so problems with it point at the list. */
    private record Located(String listPath, Position position) {
        Problem problem(String code, String message) {
            return Problem.error(code, listPath, position, message);
        }
    }
}
