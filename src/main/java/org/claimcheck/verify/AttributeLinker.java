package org.claimcheck.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;

/**
 * Finds the attributes a claim may state by their vocabulary, inflection-tolerant: first in the claim's
 * predicate, then elsewhere in the sentence. Only attributes of the claim's kind qualify: dates state events,
 * amounts state measures. An event phrase elsewhere in the sentence belongs to the first date after it in its
 * clause, else to the date nearest to it, so in "began operations in 2019, two years before it was expanded in
 * 2021" the 2021 does not inherit "began operations".
 */
final class AttributeLinker {

    private final Map<Attribute, List<List<String>>> phrases = new LinkedHashMap<>();

    AttributeLinker(List<Attribute> attributes) {
        for (Attribute a : attributes) {
            List<String> all = new ArrayList<>(a.phrases());
            all.add(a.id().replace('-', ' '));
            phrases.put(a, all.stream().map(PhraseMatcher::stems).filter(s -> !s.isEmpty()).distinct().toList());
        }
    }

    static AttributeKind kindFor(ClaimKind kind) {
        return kind == ClaimKind.DATE ? AttributeKind.EVENT : AttributeKind.MEASURE;
    }

    /** Candidates for {@code claim}; {@code sentenceClaims} are all claims of its sentence, itself included. */
    List<AttributeCandidate> candidates(Claim claim, List<Claim> sentenceClaims) {
        AttributeKind kind = kindFor(claim.kind());
        String sentence = claim.sentence();
        List<Word> words = Words.of(sentence);
        List<String> stems = PhraseMatcher.stemsOf(words);
        int[] predicate = ClaimGeometry.predicate(claim);
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        Map<Attribute, AttributeCandidate> best = new LinkedHashMap<>();
        for (Map.Entry<Attribute, List<List<String>>> e : phrases.entrySet()) {
            if (e.getKey().kind() != kind) {
                continue;
            }
            for (List<String> phrase : e.getValue()) {
                for (NameMatch m : PhraseMatcher.find(phrase, words, stems)) {
                    boolean inPredicate = predicate != null && predicate[0] <= m.start() && m.end() <= predicate[1];
                    if (!inPredicate && kind == AttributeKind.EVENT && !ownsPhrase(claim, m, sentenceClaims)) {
                        continue;
                    }
                    boolean otherClause = !inPredicate
                            && !Clauses.same(sentence, m.start(), m.end(), valueStart, valueEnd);
                    keepBest(best, new AttributeCandidate(e.getKey(), inPredicate ? Place.CLAIM : Place.SENTENCE,
                            otherClause, m.words(), m.distanceTo(valueStart, valueEnd),
                            sentence.substring(m.start(), m.end())));
                }
                if (predicate == null && claim.predicate() != null) {
                    for (NameMatch m : PhraseMatcher.find(phrase, Words.of(claim.predicate()))) {
                        keepBest(best, new AttributeCandidate(e.getKey(), Place.CLAIM, false, m.words(), 0,
                                claim.predicate().substring(m.start(), m.end())));
                    }
                }
            }
        }
        List<AttributeCandidate> ranked = new ArrayList<>(best.values());
        ranked.sort(AttributeCandidate.BEST_FIRST.thenComparing(c -> c.attribute().id(), Comparator.naturalOrder()));
        return ranked;
    }

    private static void keepBest(Map<Attribute, AttributeCandidate> best, AttributeCandidate candidate) {
        best.merge(candidate.attribute(), candidate,
                (a, b) -> AttributeCandidate.BEST_FIRST.compare(a, b) <= 0 ? a : b);
    }

    /**
     * Whether {@code claim} owns the event phrase {@code m}: the first date after the phrase in the same clause
     * ("annexed Crimea in March 2014"), or, when no date follows it there, the date nearest to it.
     */
    private static boolean ownsPhrase(Claim claim, NameMatch m, List<Claim> sentenceClaims) {
        String sentence = claim.sentence();
        List<Claim> dates = sentenceClaims.stream().filter(c -> c == claim || c.kind() == ClaimKind.DATE)
                .sorted(Comparator.comparingInt(ClaimGeometry::valueStart)).toList();
        for (Claim date : dates) {
            int start = ClaimGeometry.valueStart(date);
            if (start >= m.end() && Clauses.same(sentence, m.start(), m.end(), start, ClaimGeometry.valueEnd(date))) {
                return date == claim;
            }
        }
        Claim nearest = dates.stream().min(Comparator.comparingInt(
                (Claim d) -> m.distanceTo(ClaimGeometry.valueStart(d), ClaimGeometry.valueEnd(d)))).orElse(claim);
        return nearest == claim;
    }
}
