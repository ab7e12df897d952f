package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.text.Span;

/** Conversions between CoreNLP's annotations and claimcheck's records; the only place that reads CoreMaps. */
final class Documents {

    private Documents() {
    }

    /**
     * A document to annotate. Relative dates ("last year") resolve against the publication date; without one
     * SUTime must not fall back to today's clock, so the annotation is left unset and such dates stay
     * unresolved.
     */
    static Annotation create(String text, LocalDate published) {
        Annotation doc = new Annotation(text);
        if (published != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        return doc;
    }

    static List<CoreMap> sentences(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences;
    }

    static int tokenCount(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** The words of a sentence's tokens, in order. */
    static List<String> words(CoreMap sentence) {
        List<String> words = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            words.add(t.word());
        }
        return words;
    }

    /** The part-of-speech tags of a sentence's tokens, in order (null where not tagged yet). */
    static List<String> tags(CoreMap sentence) {
        List<String> tags = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            tags.add(t.tag());
        }
        return tags;
    }

    /**
     * Tokens {@code [from, to)} of {@code sentence} as a sentence of their own, sharing its token objects (so tags
     * set on the window are the sentence's) and keeping their document offsets.
     */
    static CoreMap window(Annotation doc, CoreMap sentence, int from, int to) {
        List<CoreLabel> part = sentence.get(CoreAnnotations.TokensAnnotation.class).subList(from, to);
        int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int begin = part.get(0).beginPosition();
        int end = part.get(part.size() - 1).endPosition();
        CoreMap window = new ArrayCoreMap();
        window.set(CoreAnnotations.TokensAnnotation.class, part);
        window.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
        window.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
        window.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        window.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        window.set(CoreAnnotations.SentenceIndexAnnotation.class,
                sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        window.set(CoreAnnotations.TextAnnotation.class,
                doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
        return window;
    }

    static Span span(CoreMap m) {
        return new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }

    /** A sentence that went through tagging and NER: its tokens with tags, and its entity mentions. */
    static Sentence tagged(String text, int index, CoreMap s) {
        Span span = span(s);
        List<Token> tokens = new ArrayList<>();
        for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
            tokens.add(new Token(t.originalText(), new Span(t.beginPosition(), t.endPosition()), t.tag(), t.lemma(),
                    t.ner() == null ? "O" : t.ner()));
        }
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> found = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (found != null) {
            for (CoreMap m : found) {
                mentions.add(mention(text, m));
            }
        }
        return new Sentence(index, span, span.of(text), tokens, mentions);
    }

    /** A sentence the prefilter kept out of tagging: its place and text only, no tokens, no mentions. */
    static Sentence skipped(String text, int index, CoreMap s) {
        Span span = span(s);
        return new Sentence(index, span, span.of(text), List.of(), List.of());
    }

    private static Mention mention(String text, CoreMap m) {
        Span span = span(m);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String normalized = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        if (timex != null && timex.value() != null) {
            normalized = timex.value();
        }
        return new Mention(MentionType.fromTag(m.get(CoreAnnotations.NamedEntityTagAnnotation.class)), span,
                span.of(text), normalized, timex == null ? null : timex.timexType());
    }
}
