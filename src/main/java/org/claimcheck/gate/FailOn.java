package org.claimcheck.gate;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.verify.Verdict;

/**
 * Which verdicts fail the gate: each level includes the ones before it (ambiguous also fails possible
 * conflicts and contradictions). The default, contradicted, fails only claims firmly linked to a fact that
 * disagrees; a possible conflict (a weaker link) fails from {@code possible-conflict} on.
 */
public enum FailOn {
    NONE(EnumSet.noneOf(Verdict.class)),
    CONTRADICTED(EnumSet.of(Verdict.CONTRADICTED)),
    POSSIBLE_CONFLICT(EnumSet.of(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT)),
    AMBIGUOUS(EnumSet.of(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT, Verdict.AMBIGUOUS)),
    UNVERIFIABLE(EnumSet.of(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT, Verdict.AMBIGUOUS,
            Verdict.UNVERIFIABLE));

    private final Set<Verdict> failing;

    FailOn(Set<Verdict> failing) {
        this.failing = failing;
    }

    public boolean fails(Verdict v) {
        return failing.contains(v);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
