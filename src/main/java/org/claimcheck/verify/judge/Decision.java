package org.claimcheck.verify.judge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.Fact;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.words.ValueText;

/**
 * The verdict on one claim against the judged vintages of one figure. A figure given in several currencies is
 * compared in the claim's own currency when the tables have it, else in those a rate converts to. When any
 * vintage may decide (no publication date), a claim matching any of them is supported and one matching none is
 * contradicted only if every vintage contradicts it. Otherwise the judged facts share one vintage and must
 * agree: facts from two sources that disagree make the claim ambiguous.
 */
record Decision(Fact fact, Outcome outcome, List<Fact> evidence) {

    Decision {
        evidence = List.copyOf(evidence);
    }

    /** Newest vintage first, then table order: the order in which facts are reported. */
    static final Comparator<Fact> NEWEST_FIRST = Comparator
            .comparing(Fact::vintage, Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(Fact::table).thenComparingInt(Fact::line);

    static Decision decide(Claim claim, VintageChoice choice, RateFinder rates) {
        List<Fact> facts = new ArrayList<>(rates.comparable(claim, choice.judged()));
        facts.sort(NEWEST_FIRST);
        List<Outcome> outcomes = facts.stream().map(f -> Comparison.compare(claim, f, rates)).toList();
        if (choice.anyMayDecide()) {
            int pick = indexOf(outcomes, Verdict.SUPPORTED);
            if (pick < 0) {
                boolean allContradict = outcomes.stream().allMatch(o -> o.is(Verdict.CONTRADICTED));
                pick = allContradict ? 0 : firstNot(outcomes, Verdict.CONTRADICTED);
            }
            return new Decision(facts.get(pick), outcomes.get(pick), List.of(facts.get(pick)));
        }
        if (outcomes.stream().map(Outcome::verdict).distinct().count() == 1) {
            return new Decision(facts.get(0), outcomes.get(0), List.of(facts.get(0)));
        }
        List<String> sides = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            sides.add(ValueText.of(f.value()) + " (" + f.table() + ":" + f.line() + ", "
                    + outcomes.get(i).verdict().label() + ")");
        }
        return new Decision(facts.get(0),
                new Outcome(Verdict.AMBIGUOUS, Reason.SOURCES_DISAGREE,
                        "the tables disagree for one vintage: " + String.join(" vs ", sides)),
                facts);
    }

    private static int indexOf(List<Outcome> outcomes, Verdict verdict) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).is(verdict)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNot(List<Outcome> outcomes, Verdict verdict) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (!outcomes.get(i).is(verdict)) {
                return i;
            }
        }
        return 0;
    }
}
