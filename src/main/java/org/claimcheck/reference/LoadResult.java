package org.claimcheck.reference;

import java.util.List;
import org.claimcheck.problem.Problem;

/** The outcome of loading reference tables: the index and every problem found; usable only when valid. */
public record LoadResult(ReferenceIndex index, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
