package org.claimcheck.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;

/**
 * Evaluates a run over an evaluation set's articles against the set's labels: matches the claims of each
 * article to its labels ({@link ClaimMatcher}), assesses every label ({@link Assessment}) and collects the
 * claims that count against precision ({@link Spurious}). Pure: it only reads the run and the set.
 */
public final class Evaluation {

    private Evaluation() {
    }

    public static EvalReport evaluate(EvalSet set, RunResult run) {
        Map<String, List<LocatedLabel>> labelsByArticle = new LinkedHashMap<>();
        set.labels().forEach(l -> labelsByArticle.computeIfAbsent(l.articleId(), k -> new ArrayList<>()).add(l));
        List<Assessment> assessments = new ArrayList<>();
        List<Spurious> spurious = new ArrayList<>();
        Map<ClaimKind, Integer> extracted = new EnumMap<>(ClaimKind.class);
        for (ArticleResult article : run.articles()) {
            List<LocatedLabel> labels = labelsByArticle.remove(article.id());
            ClaimMatcher.Matching matching = ClaimMatcher.match(labels == null ? List.of() : labels,
                    article.findings());
            for (Match match : matching.matches()) {
                assessments.add(Assessment.of(match));
                if (!match.label().label().isClaim() && match.extracted()) {
                    spurious.add(new Spurious(article.path(), match.finding(), match.label(), true));
                }
            }
            for (Finding f : matching.unmatched()) {
                spurious.add(new Spurious(article.path(), f, overlappingNonClaim(labels, f), false));
            }
            for (Finding f : article.findings()) {
                extracted.merge(f.claim().kind(), 1, Integer::sum);
            }
        }
        // Labels of articles the run did not analyse at all are simply not extracted.
        labelsByArticle.values().forEach(ls -> ls.forEach(l -> assessments.add(Assessment.of(new Match(l, null)))));
        assessments.sort(Comparator.comparing((Assessment a) -> a.match().label().path())
                .thenComparing(a -> a.match().label().position()));
        spurious.sort(Comparator.comparing(Spurious::path).thenComparing(s -> s.finding().claim().position()));
        return new EvalReport(set.name(), run.toolVersion(), set.articles().size(), assessments, spurious, extracted,
                run.allProblems());
    }

    /** The NOT_A_CLAIM row an unmatched claim overlaps (a second claim in "Two Seas, Two Pipelines"), or null. */
    private static LocatedLabel overlappingNonClaim(List<LocatedLabel> labels, Finding finding) {
        if (labels == null) {
            return null;
        }
        return labels.stream().filter(l -> !l.label().isClaim() && l.inAnalysedText()
                && l.span().overlaps(finding.claim().span())).findFirst().orElse(null);
    }
}
