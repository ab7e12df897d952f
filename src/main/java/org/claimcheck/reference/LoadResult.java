package org.claimcheck.reference;

import java.util.List;
import org.claimcheck.problem.Problem;

/**
 * The outcome of loading reference tables: the index and every problem found; usable only when valid.
 *
 * @param fingerprint identifies the exact tables read (each file's path and bytes): equal fingerprints mean the
 *     same index, so findings judged against one hold for the other; empty when the tables are invalid
 */
public record LoadResult(ReferenceIndex index, List<Problem> problems, String fingerprint) {

    public LoadResult {
        problems = List.copyOf(problems);
        java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
