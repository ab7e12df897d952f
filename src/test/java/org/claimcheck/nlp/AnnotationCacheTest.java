package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimcheck.ingest.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2022, 3, 4);

    @TempDir
    Path dir;

    private final AtomicInteger annotated = new AtomicInteger();

    /** Stands in for CoreNLP: counts its calls and returns the fixture's annotations. */
    private final ArticleAnnotator fake = article -> {
        annotated.incrementAndGet();
        return new AnnotatedArticle(article, Fixtures.sentences(article.text()));
    };

    private AnnotationCache cache(NlpSettings settings, String version) {
        return new AnnotationCache(dir, settings, version);
    }

    @Test
    void answersASecondRequestForTheSameArticleFromDisk() {
        Article article = Fixtures.article(Fixtures.TEXT, PUBLISHED);
        AnnotatedArticle first = new CachingAnnotator(cache(NlpSettings.LEAN, "1"), () -> fake).annotate(article);
        AnnotationCache again = cache(NlpSettings.LEAN, "1");
        AnnotatedArticle second = new CachingAnnotator(again, () -> {
            throw new AssertionError("the annotator must not be needed for a cached article");
        }).annotate(article);
        assertThat(second).isEqualTo(first);
        assertThat(annotated).hasValue(1);
        assertThat(again.stats().hits()).isEqualTo(1);
    }

    @Test
    void keysOnTextPublicationDateSettingsAndVersion() {
        Article article = Fixtures.article(Fixtures.TEXT, PUBLISHED);
        cache(NlpSettings.LEAN, "1").put(fake.annotate(article));
        String edited = Fixtures.TEXT.replace("pleased", "content");
        assertThat(cache(NlpSettings.LEAN, "1").find(Fixtures.article(edited, PUBLISHED))).isEmpty();
        assertThat(cache(NlpSettings.LEAN, "1").find(Fixtures.article(Fixtures.TEXT, PUBLISHED.plusDays(1))))
                .isEmpty();
        assertThat(cache(NlpSettings.LEAN, "1").find(Fixtures.article(Fixtures.TEXT, null))).isEmpty();
        assertThat(cache(NlpSettings.LEAN.withoutPrefilter(), "1").find(article)).isEmpty();
        assertThat(cache(NlpSettings.LEAN, "2").find(article)).isEmpty();
        assertThat(cache(NlpSettings.LEAN, "1").find(article)).isPresent();
    }

    @Test
    void rebuildsADamagedEntryInsteadOfTrustingIt() throws IOException {
        Article article = Fixtures.article(Fixtures.TEXT, PUBLISHED);
        new CachingAnnotator(cache(NlpSettings.LEAN, "1"), () -> fake).annotate(article);
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(entry, bytes);

        AnnotationCache reopened = cache(NlpSettings.LEAN, "1");
        AnnotatedArticle result = new CachingAnnotator(reopened, () -> fake).annotate(article);
        assertThat(result.sentences()).isEqualTo(Fixtures.sentences(Fixtures.TEXT));
        assertThat(reopened.stats().rejected()).isEqualTo(1);
        assertThat(annotated).hasValue(2);
        assertThat(cache(NlpSettings.LEAN, "1").find(article)).isPresent();
    }

    @Test
    void treatsAnEmptyEntryFileAsAMiss() throws IOException {
        Article article = Fixtures.article(Fixtures.TEXT, PUBLISHED);
        cache(NlpSettings.LEAN, "1").put(fake.annotate(article));
        Files.write(onlyEntry(), new byte[0]);
        AnnotationCache reopened = cache(NlpSettings.LEAN, "1");
        assertThat(reopened.find(article)).isEmpty();
        assertThat(reopened.stats().rejected()).isEqualTo(1);
    }

    @Test
    void carriesOnWhenTheCacheCannotBeWritten() throws IOException {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "in the way");
        AnnotationCache cache = new AnnotationCache(blocked, NlpSettings.LEAN, "1");
        AnnotatedArticle result = new CachingAnnotator(cache, () -> fake)
                .annotate(Fixtures.article(Fixtures.TEXT, PUBLISHED));
        assertThat(result.sentences()).hasSize(3);
        assertThat(cache.stats().writeFailures()).isEqualTo(1);
        assertThat(cache.stats().firstWriteFailure()).hasValueSatisfying(m -> assertThat(m).contains("file-not-folder"));
    }

    @Test
    void marksItsFolderAsACacheForBackupTools() throws IOException {
        cache(NlpSettings.LEAN, "1").put(fake.annotate(Fixtures.article(Fixtures.TEXT, PUBLISHED)));
        assertThat(Files.readString(dir.resolve("CACHEDIR.TAG"))).startsWith("Signature: 8a477f597d28d172789f06886806bc55");
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        AnnotationCache cache = cache(NlpSettings.LEAN, "1");
        for (int i = 0; i < 5; i++) {
            cache.put(fake.annotate(Fixtures.article(Fixtures.TEXT + " " + i, PUBLISHED)));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(names).hasSize(6).allMatch(n -> n.endsWith(".ann") || n.equals("CACHEDIR.TAG"));
        }
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> entries = files.filter(p -> p.toString().endsWith(".ann")).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }
}
