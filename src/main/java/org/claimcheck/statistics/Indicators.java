package org.claimcheck.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.UnitKind;

/**
 * Which series a sentence speaks of: an attribute whose title or one of whose phrases the sentence names, word
 * for word in any order (see {@link Words}). The attributes that name the most words win; several winners are
 * returned together, for the judge to decide whether they agree. Share words ("share", "rate") are not needed
 * for a percentage series: "10% of the UK's power" names the share of electricity.
 */
final class Indicators {

    private final SeriesIndex series;

    Indicators(SeriesIndex series) {
        this.series = series;
    }

    /** The best-named attributes that {@code fits} accepts, with how many words named them; empty when none. */
    Match find(String sentence, Predicate<SeriesAttribute> fits) {
        Set<String> words = new HashSet<>(Words.keys(sentence));
        int best = 0;
        List<SeriesAttribute> winners = new ArrayList<>();
        for (SeriesAttribute a : series.attributes()) {
            // Ties between phrases are broken by how many of all the attribute's words the sentence names.
            int score = score(a, words) == 0 ? 0 : score(a, words) * 100 + named(a, words);
            if (score == 0 || score < best || !fits.test(a)) {
                continue;
            }
            if (score > best) {
                best = score;
                winners.clear();
            }
            winners.add(a);
        }
        return new Match(List.copyOf(winners), best);
    }

    /** Whether the sentence names any indicator at all, whatever its unit or data. */
    boolean namesAny(String sentence) {
        return !find(sentence, a -> true).attributes().isEmpty();
    }

    static int score(SeriesAttribute a, Set<String> words) {
        boolean share = a.unitKind() == UnitKind.PERCENT;
        int best = 0;
        List<String> phrases = new ArrayList<>(a.phrases());
        phrases.add(a.title());
        for (String phrase : phrases) {
            List<String> need = Words.contentKeys(phrase, share);
            if (!need.isEmpty() && words.containsAll(need)) {
                best = Math.max(best, need.size());
            }
        }
        return best;
    }

    private static int named(SeriesAttribute a, Set<String> words) {
        Set<String> all = new HashSet<>();
        a.phrases().forEach(p -> all.addAll(Words.contentKeys(p, a.unitKind() == UnitKind.PERCENT)));
        all.addAll(Words.contentKeys(a.title(), a.unitKind() == UnitKind.PERCENT));
        all.retainAll(words);
        return all.size();
    }

    record Match(List<SeriesAttribute> attributes, int words) {
    }
}
