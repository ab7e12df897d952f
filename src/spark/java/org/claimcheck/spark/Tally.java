package org.claimcheck.spark;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/** Counts of a run or part of one, summed across partitions: articles, failures, claims by verdict, problems. */
record Tally(long articles, long failed, long problems, Map<Verdict, Long> byVerdict) implements Serializable {

    static final Tally ZERO = new Tally(0, 0, 0, Map.of());

    Tally {
        EnumMap<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        counts.putAll(byVerdict);
        byVerdict = Map.copyOf(counts);
    }

    static Tally of(ArticleResult article) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Finding f : article.findings()) {
            counts.merge(f.verdict(), 1L, Long::sum);
        }
        return new Tally(1, article.status() == ArticleStatus.FAILED ? 1 : 0, article.problems().size(), counts);
    }

    Tally plus(Tally other) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        counts.putAll(byVerdict);
        other.byVerdict.forEach((v, n) -> counts.merge(v, n, Long::sum));
        return new Tally(articles + other.articles, failed + other.failed, problems + other.problems, counts);
    }

    long claims() {
        return byVerdict.values().stream().mapToLong(Long::longValue).sum();
    }

    long count(Verdict verdict) {
        return byVerdict.getOrDefault(verdict, 0L);
    }
}
