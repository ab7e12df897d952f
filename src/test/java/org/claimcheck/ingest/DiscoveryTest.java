package org.claimcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscoveryTest {

    private static final Supplier<InputStream> NO_STDIN = () -> {
        throw new AssertionError("standard input must not be read");
    };

    @TempDir
    Path dir;

    @BeforeEach
    void corpus() throws IOException {
        write("corpus/a.txt");
        write("corpus/b.md");
        write("corpus/notes.pdf");
        write("corpus/.draft.md");
        write("corpus/.cache/c.txt");
        write("corpus/world/c.html");
        write("corpus/world/d.HTM");
        write("corpus/world/feed.jsonl");
        write("corpus/drafts/e.markdown");
        write("corpus/drafts/deep/f.txt");
    }

    @Test
    void searchesDirectoriesRecursivelyForSupportedFilesSkippingHiddenOnes() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of(), List.of()));

        assertThat(relativePaths(discovery)).containsExactly("corpus/a.txt", "corpus/b.md",
                "corpus/drafts/deep/f.txt", "corpus/drafts/e.markdown", "corpus/world/c.html", "corpus/world/d.HTM",
                "corpus/world/feed.jsonl");
        assertThat(discovery.problems()).isEmpty();
    }

    @Test
    void matchesDoubleStarGlobsAtTheTopLevelToo() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of("**/*.md"), List.of()));

        assertThat(relativePaths(discovery)).containsExactly("corpus/b.md");
    }

    @Test
    void matchesGlobsWithoutSlashAgainstFileNamesAtAnyDepth() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of("*.txt"), List.of()));

        assertThat(relativePaths(discovery)).containsExactly("corpus/a.txt", "corpus/drafts/deep/f.txt");
    }

    @Test
    void matchesGlobsAgainstThePathRelativeToTheDirectorySearched() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of("world/*"), List.of()));

        assertThat(relativePaths(discovery))
                .containsExactly("corpus/world/c.html", "corpus/world/d.HTM", "corpus/world/feed.jsonl");
    }

    @Test
    void excludesWholeDirectoriesByNameOrByDoubleStarGlob() {
        for (String exclude : List.of("drafts", "drafts/**", "**/drafts/**")) {
            Discovery discovery = discover(spec(List.of(path("corpus")), List.of(), List.of(exclude)));

            assertThat(relativePaths(discovery)).as(exclude).containsExactly("corpus/a.txt", "corpus/b.md",
                    "corpus/world/c.html", "corpus/world/d.HTM", "corpus/world/feed.jsonl");
        }
    }

    @Test
    void excludesFilesMatchingAGlobEvenWhenIncluded() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of("**/*.html", "**/*.txt"),
                List.of("**/deep/*")));

        assertThat(relativePaths(discovery)).containsExactly("corpus/a.txt", "corpus/world/c.html");
    }

    @Test
    void readsAFileNamedExplicitlyWhateverTheGlobsSay() {
        Discovery discovery = discover(spec(List.of(path("corpus/.draft.md")), List.of("*.txt"), List.of("*.md")));

        assertThat(discovery.files()).extracting(InputFile::path).containsExactly(path("corpus/.draft.md"));
    }

    @Test
    void keepsThePathAsTheUserGaveIt() {
        Discovery discovery = discover(spec(List.of(path("corpus") + "/./a.txt"), List.of(), List.of()));

        assertThat(discovery.files()).extracting(InputFile::path).containsExactly(path("corpus") + "/./a.txt");
    }

    @Test
    void reportsAMissingPathAndGoesOnWithTheOthers() {
        Discovery discovery = discover(spec(List.of(path("missing.txt"), path("corpus/a.txt")), List.of(), List.of()));

        assertThat(discovery.files()).extracting(InputFile::path).containsExactly(path("corpus/a.txt"));
        assertThat(discovery.problems()).extracting(Problem::toString)
                .containsExactly(path("missing.txt") + ": error: no such file or directory");
    }

    @Test
    void reportsAnExplicitFileOfUnsupportedType() {
        Discovery discovery = discover(spec(List.of(path("corpus/notes.pdf")), List.of(), List.of()));

        assertThat(discovery.files()).isEmpty();
        assertThat(discovery.problems()).extracting(Problem::message).containsExactly(
                "unsupported file type \".pdf\": expected one of .txt, .md, .markdown, .html, .htm, .jsonl");
    }

    @Test
    void readsFileListsRelativeToTheListFolderIgnoringBlankLinesAndComments() throws IOException {
        Files.writeString(dir.resolve("corpus/list.txt"), "# batch one\n\na.txt\n  world/c.html  \nworld\n");

        Discovery discovery = discover(spec(List.of("@" + path("corpus/list.txt")), List.of(), List.of()));

        assertThat(relativePaths(discovery)).containsExactly("corpus/a.txt", "corpus/world/c.html",
                "corpus/world/d.HTM", "corpus/world/feed.jsonl");
        assertThat(discovery.problems()).isEmpty();
    }

    @Test
    void reportsABadListEntryAtItsLineInTheList() throws IOException {
        Files.writeString(dir.resolve("corpus/list.txt"), "a.txt\n\n   gone.md\nnotes.pdf\n");

        Discovery discovery = discover(spec(List.of("@" + path("corpus/list.txt")), List.of(), List.of()));

        assertThat(relativePaths(discovery)).containsExactly("corpus/a.txt");
        assertThat(discovery.problems()).extracting(Problem::position)
                .containsExactly(new Position(3, 4), new Position(4, 1));
        assertThat(discovery.problems().get(0).message()).isEqualTo("no such file or directory: gone.md");
        assertThat(discovery.problems().get(0).path()).isEqualTo(path("corpus/list.txt"));
    }

    @Test
    void reportsAMissingFileList() {
        Discovery discovery = discover(spec(List.of("@" + path("nolist.txt")), List.of(), List.of()));

        assertThat(discovery.problems()).extracting(Problem::toString)
                .containsExactly(path("nolist.txt") + ": error: no such file or directory");
    }

    @Test
    void readsStandardInputOnceAsPlainText() {
        byte[] bytes = "Trade reached $147 billion in 2021.".getBytes(StandardCharsets.UTF_8);
        int[] reads = {0};
        Supplier<InputStream> stdin = () -> {
            reads[0]++;
            return new ByteArrayInputStream(bytes);
        };

        Discovery discovery = Ingest.discover(spec(List.of("-", "-"), List.of(), List.of()), stdin);

        assertThat(reads[0]).isEqualTo(1);
        InputFile input = discovery.files().get(0);
        assertThat(input.path()).isEqualTo("<stdin>");
        assertThat(input.content()).isEqualTo(bytes);
        ReadResult read = Ingest.read(input, 1000);
        assertThat(read.articles()).extracting(Article::text).containsExactly("Trade reached $147 billion in 2021.");
    }

    @Test
    void reportsStandardInputOverTheSizeLimit() {
        InputSpec spec = new InputSpec(List.of("-"), List.of(), List.of(), 4);

        Discovery discovery = Ingest.discover(spec, () -> new ByteArrayInputStream(new byte[] {'a', 'b', 'c', 'd', 'e'}));

        assertThat(discovery.files()).isEmpty();
        assertThat(discovery.problems()).extracting(Problem::code).containsExactly("input-too-large");
    }

    @Test
    void reportsUnreadableStandardInput() {
        Supplier<InputStream> broken = () -> new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("pipe closed");
            }
        };

        Discovery discovery = Ingest.discover(spec(List.of("-"), List.of(), List.of()), broken);

        assertThat(discovery.problems()).extracting(Problem::code).containsExactly("unreadable-input");
    }

    @Test
    void listsEachFileOnceSortedByPathWhateverTheOrderGiven() {
        List<String> paths = List.of(path("corpus/world"), path("corpus/a.txt"), path("corpus"),
                path("corpus/world/c.html"));

        Discovery forward = discover(spec(paths, List.of(), List.of()));
        List<String> reversed = new ArrayList<>(paths);
        Collections.reverse(reversed);
        Discovery backward = discover(spec(reversed, List.of(), List.of()));

        assertThat(relativePaths(forward)).containsExactly("corpus/a.txt", "corpus/b.md",
                "corpus/drafts/deep/f.txt", "corpus/drafts/e.markdown", "corpus/world/c.html", "corpus/world/d.HTM",
                "corpus/world/feed.jsonl");
        assertThat(forward.files()).extracting(InputFile::path)
                .containsExactlyElementsOf(backward.files().stream().map(InputFile::path).toList());
    }

    @Test
    void reportsAnInvalidGlob() {
        Discovery discovery = discover(spec(List.of(path("corpus")), List.of("[a-"), List.of()));

        assertThat(discovery.problems()).extracting(Problem::code).containsExactly("invalid-glob");
        assertThat(discovery.problems().get(0).path()).isEqualTo("[a-");
    }

    @Test
    void turnsAnUnreadableDirectoryIntoAProblemAndKeepsWalking() throws IOException {
        Path root = dir.resolve("corpus");
        DirectoryWalker walker = new DirectoryWalker(root, Path.of("corpus"), PathFilter.of(List.of(), List.of()));

        walker.visitFileFailed(root.resolve("locked"), new AccessDeniedException(root.resolve("locked").toString()));
        walker.visitFile(root.resolve("a.txt"), Files.readAttributes(root.resolve("a.txt"),
                BasicFileAttributes.class));

        assertThat(walker.problems()).extracting(Problem::toString).containsExactly(
                "corpus/locked: error: permission denied: expected a readable directory or file");
        assertThat(walker.found()).extracting(InputFile::path).containsExactly("corpus/a.txt");
    }

    private Discovery discover(InputSpec spec) {
        return Ingest.discover(spec, NO_STDIN);
    }

    private static InputSpec spec(List<String> paths, List<String> includes, List<String> excludes) {
        return new InputSpec(paths, includes, excludes, InputSpec.DEFAULT_MAX_BYTES);
    }

    private String path(String relative) {
        return dir.resolve(relative).toString();
    }

    private List<String> relativePaths(Discovery discovery) {
        String prefix = dir.toString() + "/";
        return discovery.files().stream().map(f -> {
            assertThat(f.path()).startsWith(prefix);
            return f.path().substring(prefix.length());
        }).toList();
    }

    private void write(String relative) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "Trade rose in 2021.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
