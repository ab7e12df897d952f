package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.AnnotationStats;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.Mention;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.nlp.NlpSettings;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.text.Position;
import org.junit.jupiter.api.Test;

/**
 * With the real models: the name filter sends a sentence where a number is part of a name to the CRF, which keeps
 * "Five" of "the Shanghai Five" from being read as a number, and gives a sentence whose values stand apart from
 * names the same dates and numbers from SUTime and the numeric rules alone as the full pipeline gives it.
 */
class NameFilterIT {

    private static final String TEXT = "The bloc grew out of the Shanghai Five, a border club.\n"
            + "Trade reached a record $147 billion in 2021, up 36% on the year before.\n"
            + "The treaty was signed on 16 July 2001 and extended for five years in June.\n";

    @Test
    void runsTheCrfWhereANumberIsPartOfANameAndGivesTheOtherSentencesTheSameValues() {
        CoreNlpAnnotator lean = SharedNlp.annotator();
        Article article = new Article("names.txt", "names.txt",
                new ArticleMeta("Names", LocalDate.of(2022, 3, 4), null, false), TEXT, offset -> new Position(1, 1));
        AnnotationStats before = lean.stats();
        AnnotatedArticle filtered = lean.annotate(article);
        AnnotationStats after = lean.stats();
        AnnotatedArticle full = SharedNlp.annotator(NlpSettings.LEAN.withoutPrefilter()).annotate(article);

        assertThat(after.taggedSentences() - before.taggedSentences()).isEqualTo(3);
        assertThat(after.nameTaggedSentences() - before.nameTaggedSentences()).isEqualTo(1);
        Sentence shanghai = filtered.sentences().get(0);
        assertThat(shanghai.mentions()).extracting(Mention::type).doesNotContain(MentionType.NUMBER)
                .anyMatch(MentionType::isName);
        assertThat(values(shanghai)).isEqualTo(values(full.sentences().get(0)));
        for (int s = 1; s < 3; s++) {
            assertThat(values(filtered.sentences().get(s))).as("sentence %d", s)
                    .isEqualTo(values(full.sentences().get(s))).isNotEmpty();
            assertThat(filtered.sentences().get(s).mentions()).noneMatch(m -> m.type().isName());
        }
    }

    private static List<Mention> values(Sentence sentence) {
        return sentence.mentions().stream().filter(m -> !m.type().isName()).toList();
    }
}
