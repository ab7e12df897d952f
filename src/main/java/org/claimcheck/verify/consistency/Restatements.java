package org.claimcheck.verify.consistency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.judge.Agreement;
import org.claimcheck.verify.judge.Evidences;
import org.claimcheck.verify.judge.Explanation;
import org.claimcheck.verify.words.ValueText;

/**
 * An article that states the same fact twice with values that cannot both be true contradicts itself: the
 * later statement is contradicted, with the earlier one as evidence. Earlier statements that a reference
 * table already contradicted are not used as evidence, since the later one may be the correction; two values
 * in one sentence are never restatements of each other ("between 2015 and 2020").
 */
public final class Restatements {

    /** A claim, its verdict so far, and what it states a value of (when known). */
    public record Statement(Claim claim, Finding finding, Optional<StatementKey> key) {
    }

    private Restatements() {
    }

    static Optional<Finding> check(int index, List<Statement> statements) {
        return check(index, statements, byKey(statements));
    }

    /** The positions of the statements of each fact, in article order. */
    public static Map<String, List<Integer>> byKey(List<Statement> statements) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            int at = i;
            statements.get(i).key().ifPresent(k -> positions.computeIfAbsent(k.key(), x -> new ArrayList<>()).add(at));
        }
        return positions;
    }

    /** As above, with the statements' positions by fact ({@link #byKey}), so a long article stays linear. */
    public static Optional<Finding> check(int index, List<Statement> statements, Map<String, List<Integer>> byKey) {
        Statement later = statements.get(index);
        if (later.key().isEmpty()) {
            return Optional.empty();
        }
        for (int i : byKey.getOrDefault(later.key().get().key(), List.of())) {
            if (i >= index) {
                break;
            }
            Statement earlier = statements.get(i);
            if (earlier.key().isEmpty() || !earlier.key().get().key().equals(later.key().get().key())
                    || earlier.finding().verdict() == Verdict.CONTRADICTED
                    || earlier.finding().verdict() == Verdict.POSSIBLE_CONFLICT
                    || earlier.claim().sentenceSpan().equals(later.claim().sentenceSpan())) {
                continue;
            }
            Claim a = earlier.claim();
            Claim b = later.claim();
            if (!Agreement.agree(a.value(), a.qualifier(), b.value(), b.qualifier())) {
                StatementKey key = earlier.key().get();
                String where = "line " + a.position().line();
                Evidence evidence = Evidences.of(a, key.subject(), key.attribute(),
                        "\u201c" + a.text() + "\u201d at " + where);
                // Each statement is linked to the same fact; only when both links are firm is it surely the same.
                boolean firm = earlier.finding().link().firm() && later.finding().link().firm();
                LinkBasis basis = firm ? new LinkBasis(LinkStrength.ARGUMENT, "both statements are firmly linked")
                        : new LinkBasis(LinkStrength.CLAUSE, "one of the two statements is not firmly linked");
                String line = Explanation.of(b).then("the article itself says " + ValueText.of(a.qualifier(), a.value())
                        + " (" + where + ") \u2014 " + (firm ? "contradicted" : "possible conflict")
                        + ": the article states this twice with different values")
                        .note(firm ? null : "needs review: the two statements may not be of the same fact").line();
                return Optional.of(new Finding(b, firm ? Verdict.CONTRADICTED : Verdict.POSSIBLE_CONFLICT,
                        Reason.CONTRADICTS_ARTICLE, List.of(evidence), line, basis));
            }
        }
        return Optional.empty();
    }
}
