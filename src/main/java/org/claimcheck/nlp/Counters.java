package org.claimcheck.nlp;

import java.util.concurrent.atomic.LongAdder;

/** Running totals of what an annotator did, shared by its worker threads. */
final class Counters {

    private final LongAdder articles = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder taggedSentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder taggedTokens = new LongAdder();
    private final LongAdder nameTaggedSentences = new LongAdder();

    void article() {
        articles.increment();
    }

    void sentence(int tokenCount, boolean tagged) {
        sentences.increment();
        tokens.add(tokenCount);
        if (tagged) {
            taggedSentences.increment();
            taggedTokens.add(tokenCount);
        }
    }

    /** Sentences that went through the CRF name tagger as well as SUTime and the numeric rules. */
    void nameTagged(int sentenceCount) {
        nameTaggedSentences.add(sentenceCount);
    }

    AnnotationStats snapshot(long loadMillis) {
        return new AnnotationStats(articles.sum(), sentences.sum(), taggedSentences.sum(), tokens.sum(),
                taggedTokens.sum(), nameTaggedSentences.sum(), loadMillis);
    }
}
