package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.ingest.Article;
import org.claimcheck.text.Span;

/**
 * The CoreNLP annotator. The pipeline is built on first use (or by {@link #warmUp()} on a background thread)
 * and shared: one pipeline is safe for concurrent {@code annotate} calls on different documents.
 */
public final class CoreNlpAnnotator implements ArticleAnnotator {

    private final NlpSettings settings;
    private volatile StanfordCoreNLP pipeline;

    public CoreNlpAnnotator(NlpSettings settings) {
        this.settings = settings;
    }

    /** Builds the pipeline now if it is not built yet; safe to call from any thread. */
    public void warmUp() {
        pipeline();
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = new StanfordCoreNLP(settings.toProperties());
                    pipeline = p;
                }
            }
        }
        return p;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        // Relative dates ("last year") resolve against the publication date; without one SUTime must not
        // fall back to today's clock, so the annotation is left unset and such dates stay unresolved.
        article.meta().findPublished().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        pipeline().annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(article.text(), sentences.size(), s));
        }
        return new AnnotatedArticle(article, sentences);
    }

    private static Sentence toSentence(String text, int index, CoreMap s) {
        Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(t.originalText(), new Span(t.beginPosition(), t.endPosition()), t.tag(), t.lemma(),
                    t.ner() == null ? "O" : t.ner()));
        }
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> found = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                mentions.add(toMention(text, m));
            }
        }
        return new Sentence(index, span, span.of(text), tokens, mentions);
    }

    private static Mention toMention(String text, CoreMap m) {
        Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (timex != null && timex.value() != null) {
            normalized = timex.value();
        }
        return new Mention(MentionType.fromTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)), span,
                span.of(text), normalized, timex == null ? null : timex.timexType());
    }
}
