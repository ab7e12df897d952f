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

    /** Each attribute's phrases (and title) as the word keys they need, worked out once. */
    private final List<Named> named;

    Indicators(SeriesIndex series) {
        List<Named> all = new ArrayList<>();
        for (SeriesAttribute a : series.attributes()) {
            boolean share = a.unitKind() == UnitKind.PERCENT;
            List<String> phrases = new ArrayList<>(a.phrases());
            phrases.add(a.title());
            List<List<String>> needs = new ArrayList<>();
            Set<String> words = new HashSet<>();
            for (String phrase : phrases) {
                List<String> need = Words.contentKeys(phrase, share);
                if (!need.isEmpty()) {
                    needs.add(need);
                    words.addAll(need);
                }
            }
            all.add(new Named(a, List.copyOf(needs), Set.copyOf(words)));
        }
        this.named = List.copyOf(all);
    }

    /** The best-named attributes that {@code fits} accepts, with how many words named them; empty when none. */
    Match find(String sentence, Predicate<SeriesAttribute> fits) {
        Set<String> words = new HashSet<>(Words.keys(sentence));
        int best = 0;
        List<SeriesAttribute> winners = new ArrayList<>();
        for (Named n : named) {
            int phrase = n.score(words);
            // Ties between phrases are broken by how many of all the attribute's words the sentence names.
            int score = phrase == 0 ? 0 : phrase * 100 + n.named(words);
            if (score == 0 || score < best || !fits.test(n.attribute())) {
                continue;
            }
            if (score > best) {
                best = score;
                winners.clear();
            }
            winners.add(n.attribute());
        }
        return new Match(List.copyOf(winners), best);
    }

    /** Whether the sentence names any indicator at all, whatever its unit or data. */
    boolean namesAny(String sentence) {
        return !find(sentence, a -> true).attributes().isEmpty();
    }

    private record Named(SeriesAttribute attribute, List<List<String>> needs, Set<String> words) {

        /** The most words of one phrase the sentence names in full; 0 when it names no phrase in full. */
        int score(Set<String> said) {
            int best = 0;
            for (List<String> need : needs) {
                if (said.containsAll(need)) {
                    best = Math.max(best, need.size());
                }
            }
            return best;
        }

        int named(Set<String> said) {
            return (int) words.stream().filter(said::contains).count();
        }
    }

    record Match(List<SeriesAttribute> attributes, int words) {
    }
}
