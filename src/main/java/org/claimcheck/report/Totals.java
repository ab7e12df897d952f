package org.claimcheck.report;

import java.util.EnumMap;
import java.util.Map;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/** The counts every summary shows, and the one-line total shared by the text and Markdown reports. */
record Totals(int articles, int claims, Map<Verdict, Integer> byVerdict, int problems) {

    Totals {
        byVerdict = Map.copyOf(byVerdict);
    }

    /** Counts in one pass over the articles, which a large run reads back from disk one at a time. */
    static Totals of(RunResult result) {
        Map<Verdict, Integer> byVerdict = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            byVerdict.put(v, 0);
        }
        int articles = 0;
        int claims = 0;
        int problems = result.problems().size();
        for (ArticleResult article : result.articles()) {
            articles++;
            problems += article.problems().size();
            for (Finding finding : article.findings()) {
                claims++;
                byVerdict.merge(finding.verdict(), 1, Integer::sum);
            }
        }
        return new Totals(articles, claims, byVerdict, problems);
    }

    int count(Verdict verdict) {
        return byVerdict.getOrDefault(verdict, 0);
    }

    /** "12 claims in 5 articles: 8 supported, 2 contradicted, 2 unverifiable, 0 ambiguous; 1 problem". */
    String sentence() {
        StringBuilder sb = new StringBuilder()
                .append(plural(claims, "claim")).append(" in ").append(plural(articles, "article")).append(": ");
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < verdicts.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(count(verdicts[i])).append(' ').append(verdicts[i].label());
        }
        return sb.append("; ").append(plural(problems, "problem")).toString();
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
