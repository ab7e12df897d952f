package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.eval.EvalFixture.finding;
import static org.claimcheck.eval.EvalFixture.label;

import java.util.List;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {

    @Test
    void matchesAClaimWhoseSpanOverlapsTheLabelWhateverItsEdges() {
        LocatedLabel label = label("$147 billion in 2021").value(ClaimKind.MONEY, "147 billion USD").located();
        Finding claim = finding("$147 billion", "147 billion USD", Verdict.SUPPORTED);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(label), List.of(claim));

        assertThat(m.matches()).extracting(Match::finding).containsExactly(claim);
        assertThat(m.unmatched()).isEmpty();
    }

    @Test
    void leavesALabelUnmatchedWhenNoClaimOverlapsIt() {
        LocatedLabel label = label("five years").value(ClaimKind.NUMBER, "5").located();
        Finding elsewhere = finding("December 2019", "2019-12", Verdict.SUPPORTED);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(label), List.of(elsewhere));

        assertThat(m.matches()).extracting(Match::finding).containsOnlyNulls();
        assertThat(m.unmatched()).containsExactly(elsewhere);
    }

    @Test
    void givesTheLabelTheClaimWithTheLargestOverlapAndLeavesTheOtherUnmatched() {
        LocatedLabel label = label("December 2019").value(ClaimKind.DATE, "2019-12").located();
        Finding year = finding("2019", "2019", Verdict.SUPPORTED);
        Finding monthYear = finding("in December 2019", "2019-12", Verdict.SUPPORTED);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(label), List.of(year, monthYear));

        assertThat(m.matches().get(0).finding()).isSameAs(monthYear);
        assertThat(m.unmatched()).containsExactly(year);
    }

    @Test
    void pairsOneToOneSoAClaimSpanningTwoLabelsGoesToTheOneItOverlapsMost() {
        LocatedLabel years = label("2014 and 2019").value(ClaimKind.DATE, "2014/2019").located();
        LocatedLabel first = label("2014").value(ClaimKind.DATE, "2014").located();
        Finding range = finding("2014 and 2019", "2014/2019", Verdict.UNVERIFIABLE);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(first, years), List.of(range));

        assertThat(m.matches().get(0).finding()).isNull();
        assertThat(m.matches().get(1).finding()).isSameAs(range);
    }

    @Test
    void neverMatchesALabelWhoseTextIngestDropped() {
        LocatedLabel dropped = label("Section 2").expect(Expectation.NOT_A_CLAIM).dropped();
        Finding two = finding("Section 2", "count:2", Verdict.UNVERIFIABLE);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(dropped), List.of(two));

        assertThat(m.matches().get(0).extracted()).isFalse();
        assertThat(m.unmatched()).containsExactly(two);
    }

    @Test
    void listsUnmatchedClaimsInTextOrder() {
        Finding later = finding("2021", "2021", Verdict.UNVERIFIABLE);
        Finding earlier = finding("December 2019", "2019-12", Verdict.UNVERIFIABLE);

        ClaimMatcher.Matching m = ClaimMatcher.match(List.of(), List.of(later, earlier));

        assertThat(m.unmatched()).containsExactly(earlier, later);
    }
}
