package org.claimcheck.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.claimcheck.text.Span;

/**
 * Tokenizes and splits the whole text, then tags (POS, lemma, NER) only the sentences the
 * {@link SentenceFilter} keeps, and runs the CRF name tagger only on those of them the {@link NameFilter} says
 * it could change; the others get NER from SUTime and the numeric rules alone. Every annotator works sentence
 * by sentence, so a kept sentence gets exactly the dates and numbers the full pipeline would give it (its
 * person, organization and location tags only where the CRF ran); a skipped one keeps its place, span and
 * text, nothing else.
 */
final class FilteredPipeline implements NlpPipeline {

    private final StanfordCoreNLP splitter;
    private final List<Annotator> taggers;
    private final Annotator ner;
    private final Annotator rulesOnlyNer;
    private final List<Annotator> parsers;

    private FilteredPipeline(StanfordCoreNLP splitter, List<Annotator> taggers, Annotator ner,
            Annotator rulesOnlyNer, List<Annotator> parsers) {
        this.splitter = splitter;
        this.taggers = List.copyOf(taggers);
        this.ner = ner;
        this.rulesOnlyNer = rulesOnlyNer;
        this.parsers = List.copyOf(parsers);
    }

    /**
     * Loads the models. NER (CRF models and SUTime rules, most of the load time) loads on its own thread while
     * this one builds the splitter and the POS tagger, so on two cores loading takes about as long as NER.
     */
    static FilteredPipeline load(NlpSettings settings) {
        Properties props = settings.toProperties();
        AnnotatorImplementations impl = new AnnotatorImplementations();
        CompletableFuture<Annotator> ner = new CompletableFuture<>();
        Thread nerLoader = new Thread(() -> {
            try {
                ner.complete(impl.ner(props));
            } catch (Throwable e) {
                ner.completeExceptionally(e);
            }
        }, "claimcheck-ner-loader");
        nerLoader.setDaemon(true);
        nerLoader.start();
        Properties splitProps = new Properties();
        splitProps.putAll(props);
        splitProps.setProperty("annotators", "tokenize,ssplit");
        StanfordCoreNLP splitter = new StanfordCoreNLP(splitProps);
        Annotator pos = impl.posTagger(props);
        Annotator lemma = impl.morpha(props, false);
        Properties rulesProps = new Properties();
        rulesProps.putAll(props);
        rulesProps.setProperty("ner.rulesOnly", "true");
        Annotator rulesOnlyNer = impl.ner(rulesProps);
        List<Annotator> parsers = settings.dependencies() ? List.of(impl.dependencies(props)) : List.of();
        try {
            return new FilteredPipeline(splitter, List.of(pos, lemma), ner.join(), rulesOnlyNer, parsers);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public List<Sentence> annotate(String text, LocalDate published, Counters counters) {
        Annotation doc = Documents.create(text, published);
        splitter.annotate(doc);
        List<CoreMap> sentences = Documents.sentences(doc);
        List<CoreMap> kept = new ArrayList<>();
        boolean[] tagged = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            Span span = Documents.span(s);
            if (SentenceFilter.mayHoldValue(text.subSequence(span.start(), span.end()))) {
                kept.add(s);
                tagged[i] = true;
            }
        }
        if (!kept.isEmpty()) {
            tag(doc, kept, published, counters);
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            out.add(tagged[i] ? Documents.tagged(text, i, s) : Documents.skipped(text, i, s));
            counters.sentence(Documents.tokenCount(s), tagged[i]);
        }
        return out;
    }

    /**
     * Tags the kept sentences: part of speech and lemma, then NER, with the CRF only where the name filter says it
     * could change a value. Each annotator sees a document made of the sentences it tags; the document keeps
     * every token of the text, so the sentences' token offsets stay valid for the annotators that use them.
     */
    private void tag(Annotation doc, List<CoreMap> kept, LocalDate published, Counters counters) {
        // SUTime keeps an index of every time expression of a document and consults it for each new one, which
        // makes a document with thousands of dates (a 3 MB scraped page) quadratic. Sentences are tagged alone
        // (SUTime resolves against the publication date, never the sentence before), so a bounded chunk of
        // them at a time gives the same tags in linear time; an ordinary article is one chunk.
        for (int from = 0; from < kept.size(); from += SENTENCES_PER_CHUNK) {
            List<CoreMap> chunk = kept.subList(from, Math.min(kept.size(), from + SENTENCES_PER_CHUNK));
            Annotation all = part(doc, chunk, published);
            for (Annotator a : taggers) {
                a.annotate(all);
            }
            List<CoreMap> named = new ArrayList<>();
            List<CoreMap> windows = new ArrayList<>();
            List<CoreMap> owners = new ArrayList<>();
            for (CoreMap s : chunk) {
                List<String> words = Documents.words(s);
                if (NameFilter.mayNameAValue(words, Documents.tags(s))) {
                    named.add(s);
                    continue;
                }
                // Its mentions are gathered from its windows, if it has any.
                s.set(CoreAnnotations.MentionsAnnotation.class, new ArrayList<>());
                for (int[] w : ValueWindows.of(words)) {
                    windows.add(Documents.window(doc, s, w[0], w[1]));
                    owners.add(s);
                }
            }
            if (!named.isEmpty()) {
                ner.annotate(part(doc, named, published));
                counters.nameTagged(named.size());
            }
            tagValueWindows(doc, windows, owners, published);
            for (Annotator a : parsers) {
                a.annotate(all);
            }
        }
    }

    /**
     * NER from SUTime and the numeric rules over the {@link ValueWindows} of the sentences the CRF does not tag,
     * each window given to them as a sentence of its own ({@code owners.get(k)} is window k's sentence); the windows'
     * mentions are added to their sentence's. Tokens outside every window keep no NER tag.
     */
    private void tagValueWindows(Annotation doc, List<CoreMap> windows, List<CoreMap> owners, LocalDate published) {
        if (windows.isEmpty()) {
            return;
        }
        rulesOnlyNer.annotate(part(doc, windows, published));
        for (int k = 0; k < windows.size(); k++) {
            List<CoreMap> found = windows.get(k).get(CoreAnnotations.MentionsAnnotation.class);
            if (found != null) {
                owners.get(k).get(CoreAnnotations.MentionsAnnotation.class).addAll(found);
            }
        }
    }

    /** A document of some sentences of {@code doc}, with every token of it so their token offsets stay valid. */
    private static Annotation part(Annotation doc, List<CoreMap> sentences, LocalDate published) {
        Annotation part = Documents.create(doc.get(CoreAnnotations.TextAnnotation.class), published);
        part.set(CoreAnnotations.TokensAnnotation.class, doc.get(CoreAnnotations.TokensAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        return part;
    }

    private static final int SENTENCES_PER_CHUNK = 200;
}
