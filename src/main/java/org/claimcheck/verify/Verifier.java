package org.claimcheck.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.ingest.Article;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.value.Unresolved;
import org.claimcheck.verify.consistency.Arithmetic;
import org.claimcheck.verify.consistency.FactStatedInSentence;
import org.claimcheck.verify.consistency.Restatements;
import org.claimcheck.verify.consistency.StatementKey;
import org.claimcheck.verify.judge.Candidates;
import org.claimcheck.verify.judge.Explanation;
import org.claimcheck.verify.judge.Judge;
import org.claimcheck.verify.judge.RateFinder;
import org.claimcheck.verify.link.ArticleContext;
import org.claimcheck.verify.link.ArticlePeriods;
import org.claimcheck.verify.link.Forecasts;
import org.claimcheck.verify.link.Link;
import org.claimcheck.verify.link.LinkFirmness;
import org.claimcheck.verify.link.LinkResult;
import org.claimcheck.verify.link.Linker;
import org.claimcheck.verify.link.TimelineEntries;

/**
 * Checks an article's claims against the reference tables and against the article itself. Returns exactly
 * one finding per claim, in the claims' order; the same input always gives the same findings. A claim is
 * linked to a subject, attribute and period ({@code link}), compared by the rules ({@code judge}), and, when no
 * table decides it, checked for internal consistency ({@code consistency}: the same fact stated twice
 * differently, a change that does not match its own figures). A figure stated as a forecast or target is never
 * judged against an outcome. This is the one class that wires the stages.
 */
public final class Verifier {

    private final ReferenceIndex index;
    private final Linker linker;
    private final Statistics statistics;

    public Verifier(ReferenceIndex index) {
        this(index, SeriesIndex.EMPTY);
    }

    /** A verifier that also judges statistical claims the tables do not link against {@code series}. */
    public Verifier(ReferenceIndex index, SeriesIndex series) {
        this.index = Objects.requireNonNull(index, "index");
        this.linker = new Linker(index);
        this.statistics = new Statistics(series);
    }

    public List<Finding> verify(Article article, List<Claim> claims) {
        LocalDate published = article.meta().published();
        RateFinder rates = new RateFinder(index, published);
        List<Restatements.Statement> statements = new ArrayList<>();
        ArticlePeriods periods = new ArticlePeriods();
        // Grouped once: looking each claim's sentence up among all claims made a long paragraph quadratic.
        java.util.Map<String, List<Claim>> bySentence = new java.util.HashMap<>();
        claims.forEach(c -> bySentence.computeIfAbsent(sentenceKey(c), k -> new ArrayList<>()).add(c));
        java.util.function.Function<Claim, List<Claim>> sameSentence = c -> bySentence.getOrDefault(sentenceKey(c), List.of());
        for (Claim stated : claims) {
            Claim claim = TimelineEntries.withEvent(stated, article.text());
            List<Claim> sentence = sameSentence.apply(stated).stream().map(c -> c == stated ? claim : c).toList();
            LinkResult link = claim.value() instanceof Unresolved u ? unresolved(u, published)
                    : link(claim, sentence, article);
            Claim judged = periods.withArticlePeriod(claim, link, sentence);
            String periodNote = periods.note(claim, judged, link);
            if (claim != stated) {
                periodNote = join(periodNote, TimelineEntries.NOTE);
            }
            LinkResult noted = link instanceof LinkResult.Linked linked ? linked.noting(periodNote) : link;
            periods.record(claim, link);
            Finding finding = judge(judged, noted, sentence, published, rates);
            // A claim the text shows to be about another fact states nothing of its link's fact.
            Optional<StatementKey> key = finding.link().strength() == LinkStrength.NONE
                    && link instanceof LinkResult.Linked ? Optional.empty() : StatementKey.of(claim, link, sentence);
            statements.add(new Restatements.Statement(claim, new Finding(claim, finding.verdict(), finding.reason(),
                    finding.evidence(), finding.explanation(), finding.link()), key));
        }
        List<Finding> findings = new ArrayList<>();
        java.util.Map<String, List<Integer>> byKey = Restatements.byKey(statements);
        for (int i = 0; i < statements.size(); i++) {
            Finding finding = statements.get(i).finding();
            if (finding.verdict() == Verdict.UNVERIFIABLE || finding.verdict() == Verdict.AMBIGUOUS) {
                Claim claim = finding.claim();
                finding = Restatements.check(i, statements, byKey)
                        .or(() -> Arithmetic.check(claim, sameSentence.apply(claim)))
                        .orElse(finding);
            }
            findings.add(finding);
        }
        java.util.Map<String, List<Finding>> findingsBySentence = new java.util.HashMap<>();
        findings.forEach(f -> findingsBySentence.computeIfAbsent(sentenceKey(f.claim()), k -> new ArrayList<>()).add(f));
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            findings.set(i, FactStatedInSentence.check(f, findingsBySentence.get(sentenceKey(f.claim()))).orElse(f));
        }
        return List.copyOf(findings);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }

    /**
     * A date after the article was published ("Chandrayaan 2 will be launched … on July 15", written on 8 July), or
     * of an event stated in the future ("will be opened in 2016", on a page with no date), is a plan the article
     * could not know the outcome of: it may agree with the tables, but it never conflicts. Nor does a value of an
     * event that did not happen ("would have been released in 1999").
     */
    private Finding judge(Claim claim, LinkResult link, List<Claim> sentence, LocalDate published,
            RateFinder rates) {
        Finding judged = judgeAsStated(claim, link, sentence, published, rates);
        boolean conflict = judged.verdict() == Verdict.CONTRADICTED || judged.verdict() == Verdict.POSSIBLE_CONFLICT;
        if (!conflict) {
            return judged;
        }
        Optional<String> plan = Forecasts.datedAfterPublication(claim, published)
                ? Optional.of("dated after the article was published (" + published + "), so a plan")
                : Forecasts.futureEvent(claim).map(words -> "the event is stated in the future (\u201c" + words
                        + "\u201d), so the date is a plan's")
                        .or(() -> Forecasts.unrealised(claim).map(words -> "the event is stated as one that did not "
                                + "happen (\u201c" + words + "\u201d)"));
        return plan.map(why -> new Finding(claim, Verdict.UNVERIFIABLE, Reason.FORECAST, List.of(),
                Explanation.of(claim).then(why + ", not an outcome the tables record").line())).orElse(judged);
    }

    private Finding judgeAsStated(Claim claim, LinkResult link, List<Claim> sentence, LocalDate published,
            RateFinder rates) {
        if (link instanceof LinkResult.Unlinked unlinked) {
            if (claim.value() instanceof Unresolved) {
                return new Finding(claim, Verdict.UNVERIFIABLE, unlinked.why(), List.of(), unlinked.reason());
            }
            // A claim the tables leave unlinked may still be a statistic of the folder's time series.
            Finding unverifiable = new Finding(claim, Verdict.UNVERIFIABLE, unlinked.why(), List.of(),
                    Explanation.of(claim).then(unlinked.reason()).line());
            return statistics.judge(claim, sentence, published).orElse(unverifiable);
        }
        boolean aboutOutcomes = link.links().stream()
                .noneMatch(l -> Forecasts.isTargetAttribute(l.attribute().attribute()));
        Optional<String> forecast = aboutOutcomes ? Forecasts.marker(claim) : Optional.empty();
        if (forecast.isPresent()) {
            return new Finding(claim, Verdict.UNVERIFIABLE, Reason.FORECAST, List.of(), Explanation.of(claim)
                    .then("stated as a forecast or target (\u201c" + forecast.get() + "\u201d), not an outcome the "
                            + "tables record (" + link.links().get(0).describe() + ")").line());
        }
        if (link instanceof LinkResult.Linked linked) {
            LinkFirmness.Firmness firmness = linker.firmness(claim, linked.link(), sentence);
            Finding judged = Judge.judge(claim, linked.link(), firmness.basis(), linked.note(), published, rates);
            if (firmness.otherFact() && (judged.verdict() == Verdict.CONTRADICTED
                    || judged.verdict() == Verdict.POSSIBLE_CONFLICT)) {
                // "the AUKUS governments announced in December 2023 …" is no date of AUKUS's announcement: the
                // text speaks of another fact, so it neither contradicts this one nor needs its review.
                String notTheFact = "not the fact " + linked.link().describe() + ": " + firmness.basis().reason();
                return new Finding(claim, Verdict.UNVERIFIABLE, Reason.OTHER_FACT, List.of(),
                        Explanation.of(claim).then(notTheFact).line(), new LinkBasis(LinkStrength.NONE, notTheFact));
            }
            return otherSubjectAgrees(claim, linked, judged, sentence, published, rates);
        }
        return Candidates.judge(claim, link.links(), l -> linker.basis(claim, l, sentence), published, rates);
    }

    /**
     * A conflict is no guess: when the sentence names another subject whose fact of the same attribute the claim
     * agrees with ("the GBT has surpassed Japan's 53.9-kilometre Seikan tunnel", judged against the GBT's 57.1 km
     * and the Seikan tunnel's 53.85 km), the text may be about either, and the claim is judged as ambiguous
     * between them.
     */
    private Finding otherSubjectAgrees(Claim claim, LinkResult.Linked linked, Finding judged, List<Claim> sentence,
            LocalDate published, RateFinder rates) {
        if (judged.verdict() != Verdict.CONTRADICTED && judged.verdict() != Verdict.POSSIBLE_CONFLICT) {
            return judged;
        }
        List<Link> agreeing = linked.runnersUp().stream().filter(l -> Judge.judge(claim, l,
                linker.basis(claim, l, sentence), "", published, rates).verdict() == Verdict.SUPPORTED).toList();
        if (agreeing.isEmpty()) {
            return judged;
        }
        List<Link> readings = new ArrayList<>(List.of(linked.link()));
        readings.addAll(agreeing);
        return Candidates.judge(claim, readings, l -> linker.basis(claim, l, sentence), published, rates);
    }

    private LinkResult link(Claim claim, List<Claim> sentence, Article article) {
        int start = claim.sentenceSpan().start();
        String context = ArticleContext.before(article.text(), start);
        return linker.link(claim, sentence, context, ArticleContext.earlierParagraphs(article.text(), start, context),
                article.meta().title());
    }

    /** Why a relative date the extractor could not resolve cannot be judged. */
    private static LinkResult unresolved(Unresolved unresolved, LocalDate published) {
        return published == null
                ? LinkResult.none(Reason.NO_PUBLICATION_DATE, "relative date \u201c" + unresolved.expression()
                        + "\u201d cannot be resolved without a publication date")
                : LinkResult.none(Reason.DATE_UNRESOLVED,
                        "\u201c" + unresolved.expression() + "\u201d cannot be resolved: " + unresolved.reason());
    }

    private static String sentenceKey(Claim claim) {
        return claim.articleId() + "\u0000" + claim.sentenceSpan().start() + ":" + claim.sentenceSpan().end();
    }
}
