package org.claimcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcheck.ingest.Article;
import org.claimcheck.it.SampleArticles;
import org.claimcheck.it.SharedNlp;
import org.claimcheck.nlp.NlpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real models: the prefilter changes no claim of the sample corpus, the evaluation articles or a
 * generated corpus, and every date or number a skipped sentence held was a mere reference ("now").
 */
class PrefilterProofIT {

    @TempDir
    Path dir;

    @Test
    void extractsTheSameClaimsWithAndWithoutThePrefilter() throws Exception {
        List<Article> articles = SampleArticles.read(dir, 11, 12);
        assertThat(Files.isDirectory(Path.of("eval/articles"))).isTrue();
        assertThat(articles).hasSizeGreaterThan(30);
        assertThat(SharedNlp.annotator().settings()).isEqualTo(NlpSettings.LEAN);

        PrefilterCheck.Result result = new PrefilterCheck(SharedNlp.annotator(),
                SharedNlp.annotator(NlpSettings.LEAN.withoutPrefilter())).run(articles);

        assertThat(result.claimDifferences()).isEmpty();
        assertThat(result.lostMentions()).isEmpty();
        assertThat(result.claims()).isGreaterThan(300);
        assertThat(result.skippedSentences()).isGreaterThan(result.sentences() / 5);
    }
}
