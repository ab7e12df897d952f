package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * Scores whole-claim verdicts: each labelled claim was checked as a one-sentence article, and its verdict is
 * Refuted when any of its claims is contradicted, else Supported when any is supported, else Not Enough
 * Evidence (a possible conflict decides nothing). claimcheck never answers Cherry-Picking/Conflicting Evidence.
 */
public final class ClaimVerdicts {

    private ClaimVerdicts() {
    }

    public static ClaimVerdictReport evaluate(List<LabelledClaim> claims, RunResult run) {
        Map<String, ArticleResult> byId = new HashMap<>();
        for (ArticleResult a : run.articles()) {
            String id = a.id();
            byId.put(id.substring(id.lastIndexOf('#') + 1), a);
        }
        List<ClaimVerdictReport.Outcome> outcomes = new ArrayList<>();
        for (LabelledClaim c : claims) {
            ArticleResult article = byId.get(c.id());
            List<Finding> findings = article == null ? List.of() : article.findings();
            outcomes.add(new ClaimVerdictReport.Outcome(c, verdictOf(findings), findings));
        }
        return new ClaimVerdictReport(outcomes);
    }

    /** The verdict of a whole claim from the findings on its parts. */
    public static VerdictLabel verdictOf(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.verdict() == Verdict.CONTRADICTED)) {
            return VerdictLabel.REFUTED;
        }
        if (findings.stream().anyMatch(f -> f.verdict() == Verdict.SUPPORTED)) {
            return VerdictLabel.SUPPORTED;
        }
        return VerdictLabel.NOT_ENOUGH_EVIDENCE;
    }

    static Map<VerdictLabel, Integer> count(List<ClaimVerdictReport.Outcome> outcomes, boolean predicted) {
        Map<VerdictLabel, Integer> counts = new EnumMap<>(VerdictLabel.class);
        for (ClaimVerdictReport.Outcome o : outcomes) {
            counts.merge(predicted ? o.predicted() : o.claim().verdict(), 1, Integer::sum);
        }
        return counts;
    }
}
