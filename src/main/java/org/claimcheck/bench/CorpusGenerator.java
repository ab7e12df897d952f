package org.claimcheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a benchmark corpus: {@code n} news-like articles in .txt, .md, .html and .jsonl files (four articles
 * to a JSON-lines file), built from {@link Templates}. Paragraphs are claim-dense, mixed or claim-free, so
 * the corpus has about the share of dated and numeric sentences of business news. The same {@code n} and
 * seed always give the same files, byte for byte.
 */
public final class CorpusGenerator {

    /** What was written. */
    public record Summary(Path dir, int articles, int files, long bytes) {
    }

    private static final int ARTICLES_PER_JSONL = 4;
    private static final int FILES_PER_FOLDER = 500;
    private static final LocalDate FIRST_DATE = LocalDate.of(2019, 1, 1);

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    public Summary generate(Path dir, int n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("the number of articles must not be negative");
        }
        Random random = new Random(seed);
        Slots slots = new Slots(random);
        int written = 0;
        int files = 0;
        long bytes = 0;
        while (written < n) {
            BenchFormat format = BenchFormat.values()[files % BenchFormat.values().length];
            int count = format == BenchFormat.JSONL ? Math.min(ARTICLES_PER_JSONL, n - written) : 1;
            List<BenchArticle> articles = new ArrayList<>();
            for (int k = 0; k < count; k++) {
                articles.add(article(written + k, random, slots));
            }
            Path file = dir.resolve(String.format("part-%03d", files / FILES_PER_FOLDER))
                    .resolve(String.format("article-%06d.%s", written, format.extension()));
            byte[] content = format.render(articles).getBytes(StandardCharsets.UTF_8);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            written += count;
            files++;
            bytes += content.length;
        }
        return new Summary(dir, written, files, bytes);
    }

    private static BenchArticle article(int index, Random random, Slots slots) {
        String title = slots.fill(slots.pick(Templates.TITLES));
        LocalDate date = FIRST_DATE.plusDays(random.nextInt(5 * 365));
        List<String> paragraphs = new ArrayList<>();
        int count = 5 + random.nextInt(8);
        for (int p = 0; p < count; p++) {
            paragraphs.add(paragraph(random, slots));
        }
        return new BenchArticle("bench-" + index, title, date,
                "https://bench.example.org/" + date + "/article-" + index, paragraphs);
    }

    /** Claim-dense (40 %), mixed (35 %) or claim-free (25 %) paragraphs of two to five sentences. */
    private static String paragraph(Random random, Slots slots) {
        int kind = random.nextInt(20);
        double claimShare = kind < 8 ? 0.75 : kind < 15 ? 0.33 : 0.0;
        int sentences = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            List<String> pool = random.nextDouble() < claimShare ? Templates.CLAIMS : Templates.NARRATIVE;
            if (s > 0) {
                out.append(' ');
            }
            out.append(slots.fill(slots.pick(pool)));
        }
        return out.toString();
    }
}
