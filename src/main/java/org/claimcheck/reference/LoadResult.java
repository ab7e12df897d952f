package org.claimcheck.reference;

import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.series.SeriesIndex;

/**
 * The outcome of loading reference tables: the index, the time series of the folder's {@code series/} manifest
 * ({@link SeriesIndex#EMPTY} when it has none) and every problem found in either; usable only when valid.
 *
 * @param fingerprint identifies the exact tables read (each file's path and bytes): equal fingerprints mean the
 *     same index, so findings judged against one hold for the other; empty when the tables are invalid
 */
public record LoadResult(ReferenceIndex index, SeriesIndex series, List<Problem> problems, String fingerprint) {

    public LoadResult {
        java.util.Objects.requireNonNull(series, "series");
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Tables without time series. */
    public LoadResult(ReferenceIndex index, List<Problem> problems, String fingerprint) {
        this(index, SeriesIndex.EMPTY, problems, fingerprint);
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
