package org.claimcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.ingest.ReadResult;
import org.claimcheck.nlp.SentenceFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        new CorpusGenerator(7).generate(dir.resolve("a"), 30);
        new CorpusGenerator(7).generate(dir.resolve("b"), 30);
        new CorpusGenerator(8).generate(dir.resolve("c"), 30);
        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")))
                .isNotEqualTo(contents(dir.resolve("c")));
    }

    @Test
    void writesExactlyTheRequestedArticlesInEveryFormatWithoutReadProblems() throws IOException {
        CorpusGenerator.Summary summary = new CorpusGenerator(1).generate(dir, 23);
        List<Article> articles = new ArrayList<>();
        Discovery discovery = Ingest.discover(InputSpec.of(dir.toString()), () -> null);
        for (InputFile input : discovery.files()) {
            ReadResult read = Ingest.read(input, InputSpec.DEFAULT_MAX_BYTES);
            assertThat(read.problems()).as(input.path()).isEmpty();
            articles.addAll(read.articles());
        }
        assertThat(articles).hasSize(23).allSatisfy(a -> {
            assertThat(a.meta().published()).isNotNull();
            assertThat(a.meta().title()).isNotBlank();
        });
        assertThat(summary.articles()).isEqualTo(23);
        assertThat(summary.files()).isEqualTo(discovery.files().size());
        assertThat(discovery.files()).extracting(f -> f.path().substring(f.path().lastIndexOf('.') + 1))
                .contains("txt", "md", "html", "jsonl");
    }

    @Test
    void mixesSentencesWithAndWithoutDatesAndNumbers() throws IOException {
        new CorpusGenerator(3).generate(dir, 40);
        long with = 0;
        long without = 0;
        for (String line : lines(dir)) {
            for (String sentence : line.split("(?<=\\.) ")) {
                if (SentenceFilter.mayHoldValue(sentence)) {
                    with++;
                } else {
                    without++;
                }
            }
        }
        double share = (double) with / (with + without);
        assertThat(share).isBetween(0.35, 0.75);
    }

    @Test
    void growsByAddingArticlesSoASmallCorpusIsThePrefixOfALargeOne() throws IOException {
        new CorpusGenerator(5).generate(dir.resolve("small"), 8);
        new CorpusGenerator(5).generate(dir.resolve("large"), 40);
        Map<String, String> small = contents(dir.resolve("small"));
        Map<String, String> large = contents(dir.resolve("large"));
        small.forEach((name, content) -> {
            if (!name.endsWith(".jsonl")) {
                assertThat(large.get(name)).as(name).isEqualTo(content);
            }
        });
    }

    private static Map<String, String> contents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> out = new TreeMap<>();
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
            return out;
        }
    }

    private static List<String> lines(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).collect(Collectors.toList())) {
                out.addAll(Files.readAllLines(p));
            }
            return out;
        }
    }
}
