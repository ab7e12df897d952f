package org.claimcheck.bench;

/**
 * What one benchmark leg measured inside its own JVM.
 *
 * @param articles articles checked
 * @param claims claims found
 * @param sentences sentences split by CoreNLP (0 when every article came from the cache)
 * @param taggedSentences sentences that went through tagging and NER
 * @param tokens tokens split by CoreNLP
 * @param taggedTokens tokens of the sentences that went through tagging and NER
 * @param nameTaggedSentences tagged sentences that also went through the CRF name tagger
 * @param loadMillis time spent loading the models (0 when they were never needed)
 * @param runMillis from reading the tables to the last report written
 * @param uptimeMillis from JVM start to the last report written
 * @param cpuMillis CPU time of the whole process (all threads, compilers and collectors included): unlike wall
 *     time it barely changes when other work shares the machine
 * @param gcMillis time spent in garbage collection
 * @param peakRssKb the JVM's peak resident set size (VmHWM), or -1 where /proc is not available
 * @param cacheHits articles answered by a cache: their findings, or else their annotations
 */
public record LegResult(long articles, long claims, long sentences, long taggedSentences, long tokens,
        long taggedTokens, long nameTaggedSentences, long loadMillis, long runMillis, long uptimeMillis, long cpuMillis, long gcMillis, long peakRssKb, long cacheHits) {
}
