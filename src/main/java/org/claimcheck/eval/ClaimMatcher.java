package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimcheck.text.Span;
import org.claimcheck.verify.Finding;

/**
 * Pairs the labels of one article with the claims extracted from it, one to one: a label and a claim pair up
 * when their spans overlap, the largest overlaps first (ties go to the earlier label, then the earlier claim).
 * So the exact edges of a label's text do not matter, and two claims found in one labelled phrase leave the
 * smaller one unmatched rather than counting twice.
 */
public final class ClaimMatcher {

    /** Every label with its claim or none, in the labels' order, and the findings no label took, in text order. */
    public record Matching(List<Match> matches, List<Finding> unmatched) {

        public Matching {
            matches = List.copyOf(matches);
            unmatched = List.copyOf(unmatched);
        }
    }

    private record Candidate(int label, int finding, int overlap) {
    }

    private ClaimMatcher() {
    }

    public static Matching match(List<LocatedLabel> labels, List<Finding> findings) {
        List<Candidate> candidates = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            Span span = labels.get(l).span();
            if (span == null) {
                continue;
            }
            for (int f = 0; f < findings.size(); f++) {
                int overlap = overlap(span, findings.get(f).claim().span());
                if (overlap > 0) {
                    candidates.add(new Candidate(l, f, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::label).thenComparingInt(Candidate::finding));
        Finding[] byLabel = new Finding[labels.size()];
        boolean[] taken = new boolean[findings.size()];
        for (Candidate c : candidates) {
            if (byLabel[c.label()] == null && !taken[c.finding()]) {
                byLabel[c.label()] = findings.get(c.finding());
                taken[c.finding()] = true;
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            matches.add(new Match(labels.get(l), byLabel[l]));
        }
        List<Finding> unmatched = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            if (!taken[f]) {
                unmatched.add(findings.get(f));
            }
        }
        unmatched.sort(Comparator.comparing(f -> f.claim().span()));
        return new Matching(matches, unmatched);
    }

    private static int overlap(Span a, Span b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }
}
