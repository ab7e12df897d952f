package org.claimcheck.eval;

import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;

/** The outcome of loading an evaluation set: the set when it is valid, and every problem found on the way. */
public record EvalSetLoad(Optional<EvalSet> set, List<Problem> problems) {

    public EvalSetLoad {
        problems = problems.stream().sorted().toList();
        if (set.isPresent() && problems.stream().anyMatch(Problem::isError)) {
            throw new IllegalArgumentException("an evaluation set with errors is not usable");
        }
    }

    public boolean isValid() {
        return set.isPresent();
    }

    public EvalSet requireSet() {
        return set.orElseThrow(() -> new IllegalStateException("the evaluation set is invalid: " + problems));
    }
}
