package org.claimcheck.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;

/**
 * Judges a claim the text links equally well to several subject × attribute pairs. If every reading gives the
 * same firm verdict (all support it, or all contradict it), that verdict stands, saying so; otherwise the
 * claim is ambiguous and the explanation names each candidate with what it would give. Never a silent guess.
 */
final class Candidates {

    private Candidates() {
    }

    static Finding judge(Claim claim, List<Link> links, LocalDate published, RateFinder rates) {
        List<Finding> readings = links.stream().map(l -> Judge.judge(claim, l, "", published, rates)).toList();
        List<Evidence> evidence = new ArrayList<>();
        readings.forEach(r -> evidence.addAll(r.evidence()));
        List<String> named = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            named.add(links.get(i).describe() + ": " + readings.get(i).verdict().label());
        }
        Verdict first = readings.get(0).verdict();
        boolean unanimous = readings.stream().allMatch(r -> r.verdict() == first);
        String candidates = "could be " + String.join(" or ", links.stream().map(Link::describe).toList());
        if (unanimous && (first == Verdict.SUPPORTED || first == Verdict.CONTRADICTED)) {
            return new Finding(claim, first, evidence,
                    readings.get(0).explanation() + "; " + candidates + ", and every reading is " + first.label());
        }
        return new Finding(claim, Verdict.AMBIGUOUS, evidence, Explanation.of(claim)
                .then(candidates + "; the text does not say which (" + String.join("; ", named) + ")").line());
    }
}
