package org.claimcheck.nlp;

import edu.stanford.nlp.process.Morphology;

/**
 * A word's lemma from CoreNLP's lemmatizer, the one the pipeline's {@code lemma} step runs, without a
 * part-of-speech tag ("signed", "signing" → "sign"; "met", "meeting" → "meet"; "began" → "begin"). The
 * lemmatizer is a finite-state lexer with English's irregular forms built in: it loads no model, so the stages
 * that must run without CoreNLP's pipelines (verification on a run answered from the cache) may use it.
 */
public final class Lemmas {

    /** The lexer keeps state between calls, so each thread has its own (verification runs on several). */
    private static final ThreadLocal<Morphology> LEMMATIZER = ThreadLocal.withInitial(Morphology::new);

    private Lemmas() {
    }

    /** The lemma of {@code word} read as part of speech {@code tag} ("elected", "VBN" → "elect"), as the pipeline gives it. */
    public static String of(String word, String tag) {
        return LEMMATIZER.get().lemma(word, tag);
    }

    /** The lemma of {@code word}, lower-case in, lower-case out. */
    public static String of(String word) {
        return LEMMATIZER.get().stem(word);
    }
}
