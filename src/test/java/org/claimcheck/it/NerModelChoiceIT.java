package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.ingest.Article;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.nlp.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the real models: why the lean pipeline runs the 3-class CRF model alone. CoreNLP's 4-class model, run
 * after it, may only add an entity type the 3-class model lacks, which is MISC; claimcheck reads no MISC tag,
 * and the numeric classifiers overwrite MISC as they overwrite O. Adding the model back changes no claim and
 * no tag but MISC on the sample corpus, the evaluation articles and a generated corpus.
 */
class NerModelChoiceIT {

    private static final String FOUR_CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    @TempDir
    Path dir;

    @Test
    void theFourClassModelAddsOnlyMiscTagsAndNoClaim() throws Exception {
        List<Article> articles = SampleArticles.read(dir, 5, 12);
        assertThat(articles).hasSizeGreaterThan(30);
        NlpSettings lean = SharedNlp.annotator().settings();
        assertThat(lean).isEqualTo(NlpSettings.LEAN);
        assertThat(lean.nerModels()).doesNotContain(FOUR_CLASS);
        CoreNlpAnnotator withFourClass = SharedNlp.annotator(
                new NlpSettings(lean.nerModels() + "," + FOUR_CLASS, lean.fineGrained(), lean.prefilter()));
        ClaimExtractor extractor = new ClaimExtractor();

        List<String> otherDifferences = new ArrayList<>();
        int miscTags = 0;
        int claims = 0;
        for (Article article : articles) {
            AnnotatedArticle a = SharedNlp.annotator().annotate(article);
            AnnotatedArticle b = withFourClass.annotate(article);
            List<Claim> claimsOfA = extractor.extract(a);
            assertThat(claimsOfA).as(article.id()).isEqualTo(extractor.extract(b));
            claims += claimsOfA.size();
            assertThat(a.sentences()).hasSameSizeAs(b.sentences());
            for (int s = 0; s < a.sentences().size(); s++) {
                Sentence x = a.sentences().get(s);
                Sentence y = b.sentences().get(s);
                assertThat(x.tokens()).hasSameSizeAs(y.tokens());
                for (int t = 0; t < x.tokens().size(); t++) {
                    Token lone = x.tokens().get(t);
                    Token both = y.tokens().get(t);
                    if (lone.equals(both)) {
                        continue;
                    }
                    if ("O".equals(lone.ner()) && "MISC".equals(both.ner())
                            && lone.equals(new Token(both.word(), both.span(), both.pos(), both.lemma(), "O"))) {
                        miscTags++;
                    } else {
                        otherDifferences.add(article.id() + ": " + lone + " vs " + both);
                    }
                }
            }
        }
        assertThat(otherDifferences).isEmpty();
        assertThat(claims).isGreaterThan(300);
        // The comparison means something only if the 4-class model did tag something here.
        assertThat(miscTags).isPositive();
    }
}
