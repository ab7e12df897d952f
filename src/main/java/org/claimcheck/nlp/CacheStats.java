package org.claimcheck.nlp;

import java.util.Optional;

/**
 * What the annotation cache did in a run: entries found, articles not found, entries rejected as damaged or
 * stale (and rebuilt), entries written, and writes that failed (with the first failure, for a warning).
 */
public record CacheStats(long hits, long misses, long rejected, long writes, long writeFailures,
        Optional<String> firstWriteFailure) {
}
