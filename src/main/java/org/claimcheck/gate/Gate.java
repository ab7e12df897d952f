package org.claimcheck.gate;

import java.util.List;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/** Decides which findings fail a CI build: those at or above the fail-on level that no baseline accepts. */
public record Gate(FailOn failOn, Baseline baseline) {

    public List<Finding> failures(RunResult result) {
        return result.streamFindings().filter(f -> failOn.fails(f.verdict()) && !baseline.accepts(f)).toList();
    }

    public List<Finding> accepted(RunResult result) {
        return result.streamFindings().filter(f -> failOn.fails(f.verdict()) && baseline.accepts(f)).toList();
    }
}
