package org.claimcheck.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.value.NumberWords;

/**
 * Which stretches of time are claims: a term ("a 30-year supply contract", "deliveries for 20 years", "extended
 * for another five years", "an initial term of 20 years") or a rhythm ("every four years"), stated as a count of
 * years or months. An elapsed stretch ("its first loss in more than two decades", "after two years of rapid
 * growth", "three decades of independence") only measures the time between other events and is not read, nor
 * is a count of decades, which states a rough span ("talks dragged on for two decades"). The claim is the count
 * and its unit, without the words that introduce it.
 */
final class Durations {

    private static final Pattern UNIT = Pattern.compile("(?i)(years?|months?)");
    private static final Pattern HYPHENATED = Pattern.compile("(?i)\\d+(\\.\\d+)?-(year|month)s?");
    /** Words between "for" and the count: "for another five years", "for a further ten years". */
    private static final Set<String> TERM_WORDS = Set.of("another", "a", "an", "further", "additional", "more",
            "up", "to", "at", "least", "nearly", "almost", "about", "some", "roughly", "over");

    private final Tokens tokens;

    Durations(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The count and unit of a DURATION or SET mention at {@code [from, to)} that states a term, or empty. */
    Optional<Candidate> term(int from, int to, MentionType type, String normalized) {
        int count = firstCount(from, to);
        if (count < 0 || !endsInUnit(count, to)) {
            return Optional.empty();
        }
        boolean hyphenated = HYPHENATED.matcher(tokens.get(count).word()).matches() || tokens.isDash(count + 1);
        boolean modifiesNoun = hyphenated && (tokens.isNoun(to) || tokens.pos(to).startsWith("JJ") && tokens.isNoun(to + 1));
        if (modifiesNoun || introducedByFor(count) || tokens.lower(count - 1).equals("every")) {
            return Optional.of(new Candidate(count, to, type, normalized, null));
        }
        return Optional.empty();
    }

    private int firstCount(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = tokens.get(i).word();
            boolean count = tokens.pos(i).equals("CD") && (w.matches("\\d+(\\.\\d+)?") || NumberWords.parse(w).isPresent());
            if (count || HYPHENATED.matcher(w).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The mention ends in its unit: "20 years", "30-year". */
    private boolean endsInUnit(int count, int to) {
        String last = tokens.get(to - 1).word();
        return UNIT.matcher(last).matches() || to - 1 == count && HYPHENATED.matcher(last).matches();
    }

    private boolean introducedByFor(int count) {
        int i = count - 1;
        while (i >= 0 && TERM_WORDS.contains(tokens.lower(i)) && count - i <= 3) {
            i--;
        }
        // "for 20 years"; "an initial term of 20 years", "a period of six months"
        return tokens.lower(i).equals("for") || tokens.lower(i).equals("of") && TERM_NOUNS.contains(tokens.lower(i - 1));
    }

    private static final Set<String> TERM_NOUNS = Set.of("term", "period", "duration", "lifetime", "life", "lease",
            "validity", "tenure", "mandate");
}
