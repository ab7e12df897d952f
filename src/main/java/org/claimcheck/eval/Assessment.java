package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * How one label fared. For a claim row: {@code valueCorrect} when a claim was matched, has the label's kind
 * and its value equals the label's; {@code linked} when the label's subject and attribute show in the
 * finding's evidence (see {@link #linkHolds}); {@code correct} when both hold. Every flag is false for a
 * NOT_A_CLAIM row, whose only question is whether something was extracted.
 *
 * @param differences what differs from the label, one short phrase each, empty when nothing does
 */
public record Assessment(Match match, boolean valueCorrect, boolean linked, boolean verdictCorrect,
        List<String> differences) {

    public Assessment {
        Objects.requireNonNull(match, "match");
        differences = List.copyOf(differences);
    }

    public static Assessment of(Match match) {
        Label label = match.label().label();
        Finding finding = match.finding();
        if (!label.isClaim() || finding == null) {
            return new Assessment(match, false, false, false, List.of());
        }
        Claim claim = finding.claim();
        List<String> differences = new ArrayList<>();
        if (claim.kind() != label.kind()) {
            differences.add("kind " + claim.kind() + ", expected " + label.kind());
        }
        boolean sameValue = label.value() != null && Values.same(label.value(), claim.value());
        if (label.value() == null) {
            differences.add("value " + claim.value().canonical() + "; the label's value \"" + label.valueText()
                    + "\" is outside the value grammar");
        } else if (!sameValue) {
            differences.add("value " + claim.value().canonical() + ", expected " + label.value().canonical());
        }
        boolean linked = linkHolds(label, finding);
        if (!linked) {
            differences.add(finding.evidence().isEmpty() ? "not linked to " + label.link()
                    : "linked to " + linkedPairs(finding) + ", expected " + label.link());
        }
        if (label.period() != null && (claim.period() == null || !Values.same(label.period(), claim.period()))) {
            differences.add("period " + (claim.period() == null ? "none" : claim.period().canonical())
                    + ", expected " + label.period().canonical());
        }
        boolean verdictCorrect = sameVerdict(label.expected().verdict().orElseThrow(), finding.verdict());
        return new Assessment(match, sameValue && claim.kind() == label.kind(), linked, verdictCorrect,
                differences);
    }

    /**
     * A possible conflict is the right verdict for a claim labelled contradicted: the editor sees the conflict
     * and its reason. How many were contradicted outright is counted apart ({@link #plantedContradicted}).
     */
    static boolean sameVerdict(Verdict expected, Verdict got) {
        return expected == got || expected == Verdict.CONTRADICTED && got == Verdict.POSSIBLE_CONFLICT;
    }

    /**
     * The link rule: a row that names both a subject and an attribute and expects a verdict that rests on a
     * fact (SUPPORTED, CONTRADICTED, AMBIGUOUS) is linked when some evidence of the finding names that very
     * subject and attribute. Other rows are not checked: an unverifiable finding carries no evidence to show
     * what it was linked to.
     */
    static boolean linkHolds(Label label, Finding finding) {
        if (label.subject() == null || label.attribute() == null) {
            return true;
        }
        Verdict expected = label.expected().verdict().orElse(Verdict.UNVERIFIABLE);
        if (expected == Verdict.UNVERIFIABLE) {
            return true;
        }
        for (Evidence e : finding.evidence()) {
            if (label.subject().equals(e.subject()) && label.attribute().equals(e.attribute())) {
                return true;
            }
        }
        return false;
    }

    private static String linkedPairs(Finding finding) {
        return String.join(", ", finding.evidence().stream().map(e -> e.subject() + "/" + e.attribute())
                .distinct().toList());
    }

    public Label label() {
        return match.label().label();
    }

    public boolean extracted() {
        return match.extracted();
    }

    /** Correctly extracted: the right value and, where the rule asks for it, the right link. */
    public boolean correct() {
        return valueCorrect && linked;
    }

    /**
     * A planted error the checker caught: the label names a planted kind and the claim was contradicted or
     * reported as a possible conflict (either way an editor sees it).
     */
    public boolean plantedFound() {
        return label().planted() != null && (contradicted() || has(Verdict.POSSIBLE_CONFLICT));
    }

    /** A planted error contradicted outright, so that the default gate fails on it. */
    public boolean plantedContradicted() {
        return label().planted() != null && contradicted();
    }

    /** A claim labelled SUPPORTED or UNVERIFIABLE that was sent to review as a possible conflict. */
    public boolean sentToReview() {
        return flaggable() && has(Verdict.POSSIBLE_CONFLICT);
    }

    /** A claim labelled SUPPORTED or UNVERIFIABLE that the checker contradicted. */
    public boolean falseFlag() {
        return flaggable() && contradicted();
    }

    /** True for the rows the false-flag rate is taken over: claims labelled SUPPORTED or UNVERIFIABLE. */
    public boolean flaggable() {
        Expectation e = label().expected();
        return e == Expectation.SUPPORTED || e == Expectation.UNVERIFIABLE;
    }

    private boolean contradicted() {
        return has(Verdict.CONTRADICTED);
    }

    private boolean has(Verdict verdict) {
        return match.finding() != null && match.finding().verdict() == verdict;
    }
}
