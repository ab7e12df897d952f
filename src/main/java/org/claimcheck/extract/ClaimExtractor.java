package org.claimcheck.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.ingest.Article;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.nlp.Token;
import org.claimcheck.text.Span;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Units;
import org.claimcheck.value.Value;

/**
 * The extraction stage: every dated or numeric claim in an annotated article, in text order. Pure: it reads
 * only our own records, so it is tested without CoreNLP.
 */
public final class ClaimExtractor {

    public List<Claim> extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        ValueReader reader = new ValueReader(article.meta().published(), article.text());
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            claims.addAll(extract(article, sentence, reader));
        }
        return PeriodCarryOver.apply(claims, article.text());
    }

    private List<Claim> extract(Article article, Sentence sentence, ValueReader reader) {
        Tokens tokens = new Tokens(sentence.tokens());
        String text = article.text();
        List<ClaimWord> words = words(sentence);
        List<Candidate> candidates = new CandidateFinder(sentence, tokens, text).find();
        List<ReadValue> values = new ArrayList<>();
        NonClaims nonClaims = new NonClaims(tokens);
        for (Candidate c : candidates) {
            Span at = tokens.span(c.from(), c.to());
            String surface = at.of(text);
            ReadValue v = reader.read(c, surface, at.start()).orElse(null);
            values.add(v == null || nonClaims.isNotAClaim(c, v, surface) ? null : v);
        }
        PeriodLinker periodLinker = new PeriodLinker(tokens);
        Map<Integer, Integer> periods = periodLinker.link(candidates, values);
        Set<Integer> consumed = new HashSet<>(periods.values());
        consumed.addAll(periodLinker.comparisonBases(candidates, values));
        Hedges hedges = new Hedges(tokens);
        PartOfYear parts = new PartOfYear(tokens);
        SubjectFinder subjects = new SubjectFinder(tokens, text);
        Map<String, Integer> occurrences = new HashMap<>();
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            ReadValue v = values.get(i);
            if (v == null || consumed.contains(i)) {
                continue;
            }
            Candidate c = candidates.get(i);
            Span span = tokens.span(c.from(), c.to());
            String claimText = span.of(text);
            Integer period = periods.get(i);
            DateValue periodValue = period == null ? null : parts.narrow((DateValue) values.get(period).value(), c,
                    candidates.get(period));
            String resolution = v.resolution() != null ? v.resolution()
                    : period == null ? null : values.get(period).resolution();
            Aboutness about = subjects.find(c);
            int occurrence = occurrences.merge(v.kind() + claimText, 1, Integer::sum);
            Qualifier qualifier = hedges.qualifier(c);
            if (qualifier == Qualifier.EXACT && isFraction(c)) {
                qualifier = Qualifier.APPROXIMATELY;
            }
            out.add(new Claim(article.id(), v.kind(), claimText, span, article.locate(span.start()), sentence.index(),
                    sentence.span(), sentence.text(), v.value(), qualifier, hedges.isRecord(c),
                    about.subject(), about.predicate(), periodValue, resolution,
                    Fingerprints.of(article.id(), v.kind(), claimText, sentence.text(), occurrence), words));
        }
        addOrdinals(article, sentence, tokens, words, candidates, values, occurrences, out);
        out.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
        return out;
    }

    /**
     * Claims an ordinal makes on a date the sentence gives: "the 25th anniversary of the treaty" (the year the
     * treaty dates from) and "its 11th member" (the size of the membership that day).
     */
    private static void addOrdinals(Article article, Sentence sentence, Tokens tokens, List<ClaimWord> words,
            List<Candidate> candidates, List<ReadValue> values, Map<String, Integer> occurrences, List<Claim> out) {
        List<Map.Entry<Integer, DateValue>> dates = new ArrayList<>();
        LocalDate published = article.meta().published();
        for (int i = 0; i < candidates.size(); i++) {
            if (values.get(i) != null && values.get(i).value() instanceof DateValue d) {
                // An anniversary is not marked, nor a member counted, in a year the article has not reached ("the
                // ASEAN Vision 2020, adopted during the group's 30th anniversary", written in 2007).
                if (published == null || !d.first().isAfter(published)) {
                    dates.add(Map.entry(candidates.get(i).from(), d));
                }
            }
        }
        if (dates.isEmpty()) {
            return;
        }
        SubjectFinder subjects = new SubjectFinder(tokens, article.text());
        for (Anniversaries.Found f : Anniversaries.find(tokens, dates)) {
            Phrase of = subjects.ofAnniversary(f.from(), f.to());
            add(article, sentence, tokens, words, f.from(), f.to(), ClaimKind.DATE, f.origin(), of,
                    Anniversaries.PREDICATE, null, f.resolution(), occurrences, out);
        }
        for (MemberOrdinals.Found f : MemberOrdinals.find(tokens, dates)) {
            Amount count = new Amount(BigDecimal.valueOf(f.count()), Units.count());
            add(article, sentence, tokens, words, f.from(), f.to(), ClaimKind.NUMBER, count,
                    subjects.ofMemberOrdinal(f.from(), f.to()), MemberOrdinals.PREDICATE, f.on(), f.resolution(),
                    occurrences, out);
        }
    }

    /** Adds a claim read from an ordinal unless a claim read from the sentence's values already covers its words. */
    private static void add(Article article, Sentence sentence, Tokens tokens, List<ClaimWord> words, int from,
            int to, ClaimKind kind, Value value, Phrase subject, String predicate, DateValue period,
            String resolution, Map<String, Integer> occurrences, List<Claim> out) {
        Span span = tokens.span(from, to);
        if (out.stream().anyMatch(c -> c.span().overlaps(span))) {
            return;
        }
        // the ordinal's own words state the predicate ("its 25th anniversary", "the 11th member")
        Phrase stated = new Phrase(predicate, span);
        String claimText = span.of(article.text());
        int occurrence = occurrences.merge(kind + claimText, 1, Integer::sum);
        out.add(new Claim(article.id(), kind, claimText, span, article.locate(span.start()), sentence.index(),
                sentence.span(), sentence.text(), value, Qualifier.EXACT, false, subject, stated, period,
                resolution, Fingerprints.of(article.id(), kind, claimText, sentence.text(), occurrence), words));
    }

    /** The sentence's words as the tagger read them, with offsets into the sentence; shared by its claims. */
    private static List<ClaimWord> words(Sentence sentence) {
        int at = sentence.span().start();
        List<ClaimWord> words = new ArrayList<>(sentence.tokens().size());
        for (Token t : sentence.tokens()) {
            words.add(new ClaimWord(t.span().start() - at, t.span().end() - at,
                    t.lemma() == null ? t.word() : t.lemma(), t.pos() == null ? "" : t.pos()));
        }
        return List.copyOf(words);
    }

    private static boolean isFraction(Candidate c) {
        return c.normalized() != null && c.normalized().startsWith(Fractions.MARK);
    }
}
