package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.link.Link;

/**
 * Judges a claim the text links equally well to several subject × attribute pairs. If every reading gives the
 * same firm verdict (all support it, or all contradict it), that verdict stands, saying so; if every reading
 * conflicts with its fact but not all firmly, the claim is a possible conflict; otherwise the
 * claim is ambiguous and the explanation names each candidate with what it would give. Never a silent guess.
 */
public final class Candidates {

    private Candidates() {
    }

    public static Finding judge(Claim claim, List<Link> links, java.util.function.Function<Link, LinkBasis> basis,
            LocalDate published, RateFinder rates) {
        List<Finding> readings = links.stream()
                .map(l -> Judge.judge(claim, l, basis.apply(l), "", published, rates))
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        readings.forEach(r -> evidence.addAll(r.evidence()));
        List<String> named = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            named.add(links.get(i).describe() + ": " + readings.get(i).verdict().label());
        }
        Verdict first = readings.get(0).verdict();
        boolean unanimous = readings.stream().allMatch(r -> r.verdict() == first);
        boolean allConflict = readings.stream()
                .allMatch(r -> r.verdict() == Verdict.CONTRADICTED || r.verdict() == Verdict.POSSIBLE_CONFLICT);
        String candidates = "could be " + String.join(" or ", links.stream().map(Link::describe).toList());
        if (unanimous && (first == Verdict.SUPPORTED || first == Verdict.CONTRADICTED)
                || allConflict) {
            Verdict verdict = unanimous ? first : Verdict.POSSIBLE_CONFLICT;
            Finding weakest = readings.stream().filter(r -> r.verdict() == verdict).findFirst().orElseThrow();
            return new Finding(claim, verdict, weakest.reason(), evidence,
                    weakest.explanation() + "; " + candidates + ", and every reading is " + verdict.label(),
                    weakest.link());
        }
        return new Finding(claim, Verdict.AMBIGUOUS, Reason.AMBIGUOUS_LINK, evidence, Explanation.of(claim)
                .then(candidates + "; the text does not say which (" + String.join("; ", named) + ")").line(),
                new LinkBasis(readings.get(0).link().strength(), "several facts fit equally well"));
    }
}
