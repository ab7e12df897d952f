package org.claimcheck.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Span;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.TypicalReasons;
import org.claimcheck.verify.Verdict;

/**
 * Builds run results by hand for report tests: an article is its text, and each claim is found in it by its
 * text (after the previous claim), so spans, positions and sentences always agree with the text.
 */
final class RunBuilder {

    private final List<ArticleResult> articles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    static RunBuilder run() {
        return new RunBuilder();
    }

    RunBuilder article(ArticleBuilder article) {
        articles.add(article.build());
        return this;
    }

    RunBuilder problem(Problem problem) {
        problems.add(problem);
        return this;
    }

    RunResult build() {
        return new RunResult("0.1.0", articles, problems);
    }

    static ArticleBuilder article(String id, String text) {
        return new ArticleBuilder(id, text);
    }

    static Evidence evidence(String table, int line, String subject, String attribute, String value, String period,
            String source, String vintage, String note) {
        return new Evidence(table, line, subject, attribute, value, period, source, vintage, note);
    }

    /** One claim to place in an article, with the verdict it gets. */
    static final class ClaimSpec {
        final String text;
        final ClaimKind kind;
        final Value value;
        final Verdict verdict;
        final String explanation;
        Reason reason;
        Qualifier qualifier = Qualifier.EXACT;
        boolean record;
        String subject;
        String predicate;
        DateValue period;
        String resolution;
        List<Evidence> evidence = List.of();
        LinkBasis link = LinkBasis.UNLINKED;
        int at = -1;

        ClaimSpec(String text, ClaimKind kind, Value value, Verdict verdict, String explanation) {
            this.text = text;
            this.kind = kind;
            this.value = value;
            this.verdict = verdict;
            this.explanation = explanation;
            this.reason = TypicalReasons.of(verdict);
        }

        /** Why the claim got its verdict (a reason typical of the verdict unless set). */
        ClaimSpec reason(Reason reason) {
            this.reason = reason;
            return this;
        }

        ClaimSpec about(String subject, String predicate) {
            this.subject = subject;
            this.predicate = predicate;
            return this;
        }

        ClaimSpec period(DateValue period) {
            this.period = period;
            return this;
        }

        ClaimSpec qualifier(Qualifier qualifier) {
            this.qualifier = qualifier;
            return this;
        }

        ClaimSpec record() {
            this.record = true;
            return this;
        }

        ClaimSpec resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        /** Places the claim at {@code start} instead of after the previous claim, so that claims may overlap. */
        ClaimSpec at(int start) {
            this.at = start;
            return this;
        }

        ClaimSpec evidence(Evidence... evidence) {
            this.evidence = Arrays.asList(evidence);
            return this;
        }

        /** How the claim was linked to the fact it is judged against (unlinked unless set). */
        ClaimSpec link(LinkStrength strength, String reason) {
            this.link = new LinkBasis(strength, reason);
            return this;
        }
    }

    static ClaimSpec claim(String text, ClaimKind kind, Value value, Verdict verdict, String explanation) {
        return new ClaimSpec(text, kind, value, verdict, explanation);
    }

    /** An article under construction; its path is {@code articles/<id>.md} unless set. */
    static final class ArticleBuilder {
        private final String id;
        private final String text;
        private String path;
        private ArticleMeta meta = ArticleMeta.NONE;
        private ArticleStatus status = ArticleStatus.CHECKED;
        private final List<ClaimSpec> claims = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        private ArticleBuilder(String id, String text) {
            this.id = id;
            this.text = text;
            this.path = "articles/" + id + ".md";
        }

        ArticleBuilder path(String path) {
            this.path = path;
            return this;
        }

        ArticleBuilder meta(String title, LocalDate published, String url, boolean testArticle) {
            this.meta = new ArticleMeta(title, published, url, testArticle);
            return this;
        }

        ArticleBuilder failed() {
            this.status = ArticleStatus.FAILED;
            return this;
        }

        ArticleBuilder claim(ClaimSpec claim) {
            claims.add(claim);
            return this;
        }

        ArticleBuilder problem(Problem problem) {
            problems.add(problem);
            return this;
        }

        String path() {
            return path;
        }

        ArticleResult build() {
            LineMap lines = LineMap.of(text);
            List<Finding> findings = new ArrayList<>();
            int from = 0;
            for (ClaimSpec spec : claims) {
                int start = spec.at >= 0 && text.startsWith(spec.text, spec.at) ? spec.at : text.indexOf(spec.text, from);
                if (start < 0) {
                    throw new IllegalArgumentException("claim \"" + spec.text + "\" not in the text of " + id);
                }
                int end = start + spec.text.length();
                Span sentence = sentenceAround(start, end);
                Claim claim = new Claim(id, spec.kind, spec.text, new Span(start, end), lines.position(start),
                        findings.size(), sentence, sentence.of(text), spec.value, spec.qualifier, spec.record,
                        spec.subject, spec.predicate, spec.period, spec.resolution,
                        id + "-" + Integer.toHexString((spec.text + "@" + findings.size()).hashCode()));
                findings.add(new Finding(claim, spec.verdict, spec.reason, spec.evidence, spec.explanation,
                        spec.link));
                from = Math.max(from, end);
            }
            return new ArticleResult(id, path, meta, status, text, findings, problems);
        }

        /** The line holding the claim stands in for its sentence. */
        private Span sentenceAround(int start, int end) {
            int first = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
            int last = text.indexOf('\n', end);
            return new Span(first, last < 0 ? text.length() : last);
        }
    }
}
