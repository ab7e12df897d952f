package org.claimcheck.nlp;

/**
 * What an annotator has done so far: articles, sentences and tokens it split, how many of them went through
 * tagging and NER (the rest the prefilter skipped), how many of those also went through the CRF name tagger,
 * and how long loading the models took (0 if not loaded).
 */
public record AnnotationStats(long articles, long sentences, long taggedSentences, long tokens, long taggedTokens,
        long nameTaggedSentences, long loadMillis) {

    /** The share of sentences the prefilter kept out of tagging and NER, 0 when there were none. */
    public double skippedSentenceShare() {
        return sentences == 0 ? 0 : 1.0 - (double) taggedSentences / sentences;
    }
}
