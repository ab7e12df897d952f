package org.claimcheck.result;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.problem.Problem;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * The immutable outcome of one run, the single input of every report format. Articles are sorted by id;
 * {@code problems} holds run-level problems (inputs that yielded no article, reference table warnings). The
 * articles of a large run may be {@link StoredArticles} read back one at a time: walk them with
 * {@link #streamFindings()} and the counting methods rather than collecting every finding.
 */
public record RunResult(String toolVersion, List<ArticleResult> articles, List<Problem> problems) {

    public RunResult {
        articles = articles instanceof StoredArticles ? articles : List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /** Every finding in one list: for small runs and tests; see {@link #streamFindings()}. */
    public List<Finding> findings() {
        return streamFindings().toList();
    }

    /** Every finding, article by article, without holding more than one article's findings. */
    public java.util.stream.Stream<Finding> streamFindings() {
        return articles.stream().flatMap(a -> a.findings().stream());
    }

    public int findingCount() {
        return articles.stream().mapToInt(a -> a.findings().size()).sum();
    }

    public Map<Verdict, Integer> countByVerdict() {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        streamFindings().forEach(f -> counts.merge(f.verdict(), 1, Integer::sum));
        return counts;
    }

    /** All problems: run-level ones and those of each article. */
    public List<Problem> allProblems() {
        return java.util.stream.Stream.concat(problems.stream(),
                articles.stream().flatMap(a -> a.problems().stream())).sorted().toList();
    }

    public boolean hasErrors() {
        return allProblems().stream().anyMatch(Problem::isError);
    }
}
