package org.claimcheck.verify.consistency;

import java.util.List;
import java.util.Optional;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * A sentence that gives a fact's value and then another value for the same fact speaks of two instances, not
 * of one fact twice: "candidate in the presidential elections, held on 2nd March 2008, Medvedev was elected 17th
 * December at the Congress of the ruling United Russia" (his nomination). The value that disagrees is sent to
 * review as a possible conflict instead of contradicting the fact the same sentence confirms.
 */
public final class FactStatedInSentence {

    private FactStatedInSentence() {
    }

    /**
     * The contradicted {@code finding} as a possible conflict when another of {@code sentence}'s findings is
     * supported by the same fact row; empty otherwise.
     */
    public static Optional<Finding> check(Finding finding, List<Finding> sentence) {
        if (finding.verdict() != Verdict.CONTRADICTED || finding.evidence().isEmpty()) {
            return Optional.empty();
        }
        Evidence fact = finding.evidence().get(0);
        for (Finding other : sentence) {
            if (other != finding && other.verdict() == Verdict.SUPPORTED && !other.evidence().isEmpty()
                    && sameRow(other.evidence().get(0), fact) && asPrecise(other, finding)) {
                return Optional.of(new Finding(finding.claim(), Verdict.POSSIBLE_CONFLICT, finding.reason(),
                        finding.evidence(), finding.explanation() + "; needs review: the same sentence gives the fact's"
                                + " own value (\u201c" + other.claim().text() + "\u201d), so this one may be of another"
                                + " instance", finding.link()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the supported value is stated at least as precisely as the other: "the 25th anniversary of the
     * Treaty …, signed on December 9, 1999" confirms the year only, not the day it disagrees on.
     */
    private static boolean asPrecise(Finding supported, Finding contradicted) {
        if (supported.claim().value() instanceof DateValue s && contradicted.claim().value() instanceof DateValue c) {
            return s.granularity() != Granularity.RANGE && s.granularity().compareTo(c.granularity()) <= 0;
        }
        return supported.claim().kind() == contradicted.claim().kind();
    }

    private static boolean sameRow(Evidence a, Evidence b) {
        return a.table().equals(b.table()) && a.line() == b.line();
    }
}
