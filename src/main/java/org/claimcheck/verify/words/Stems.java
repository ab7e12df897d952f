package org.claimcheck.verify.words;

import org.claimcheck.nlp.Lemmas;

/**
 * The key under which vocabulary is matched: a word's lemma from CoreNLP's own lemmatizer (the one the
 * pipeline's {@code lemma} step runs), so inflections of one verb or noun meet ("signed", "signing", "signs" →
 * "sign"; "began", "begun" → "begin"; "met", "meeting" → "meet"; "became" → "become"), then a noun of action in
 * "-ion" is joined to its verb ("operation" and "operate", "contribution" and "contribute" → "operat",
 * "contribut"), which lemmas keep apart but a table's phrase and an article's wording use interchangeably.
 *
 * <p>Phrases in the tables carry no part-of-speech tags, and a run answered from the cache never loads the tagger,
 * so every word, the article's and the table's alike, is lemmatized without its tag: both sides get the same
 * key whichever run reads them ({@link Lemmas}).
 */
public final class Stems {

    private Stems() {
    }

    public static String of(String word) {
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String stem = stem(word);
        if (STEMS.size() < MAX_STEMS) {
            STEMS.put(word, stem);
        }
        return stem;
    }

    /**
     * Every claim of a sentence matches the table's phrases against the same words, and common words recur in every
     * article, so stems are remembered (up to a bound, after which new words are stemmed each time): the lemmatizer
     * runs a lexer over the word on every call.
     */
    private static final java.util.Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_STEMS = 200_000;

    private static String stem(String word) {
        String lemma = Lemmas.of(word);
        if (lemma.length() > 5 && lemma.endsWith("ion")) {
            lemma = lemma.substring(0, lemma.length() - 3);
        }
        return lemma.length() > 3 && lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }
}
