package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.nlp.MentionType;

/**
 * Finds shares stated as fractions ("more than a third", "half of", "two-thirds"), which CoreNLP tags as an
 * ordinal or not at all. They become percentage candidates with the whole-number percent they stand for; a
 * fraction is a rounded figure by nature, so extraction reads a plain one as approximate.
 */
final class Fractions {

    static final String MARK = "fraction:";

    private static final Map<String, Integer> PERCENT = Map.ofEntries(
            Map.entry("a half", 50), Map.entry("one half", 50), Map.entry("half", 50),
            Map.entry("a third", 33), Map.entry("one third", 33), Map.entry("one-third", 33),
            Map.entry("two thirds", 67), Map.entry("two-thirds", 67),
            Map.entry("a quarter", 25), Map.entry("one quarter", 25), Map.entry("one-quarter", 25),
            Map.entry("three quarters", 75), Map.entry("three-quarters", 75),
            Map.entry("a fifth", 20), Map.entry("one fifth", 20), Map.entry("one-fifth", 20));
    /** What may follow a fraction that states a share; a noun would make "a third" an ordinal ("a third summit"). */
    private static final Set<String> FOLLOWERS = Set.of("of", "above", "below", "more", "less", "higher", "lower",
            "up", "down", ",", ".", ";", "on", "in", "from", "to", "since", "over", "between");

    private final Tokens tokens;

    Fractions(Tokens tokens) {
        this.tokens = tokens;
    }

    List<Candidate> find() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int len = 2; len >= 1; len--) {
                if (i + len > tokens.size()) {
                    continue;
                }
                Integer percent = PERCENT.get(words(i, len));
                if (percent != null && FOLLOWERS.contains(tokens.lower(i + len))
                        && !(len == 1 && tokens.lower(i - 1).equals("a"))) {
                    out.add(new Candidate(i, i + len, MentionType.PERCENT, MARK + percent, null));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    private String words(int from, int len) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(tokens.lower(from + k));
        }
        return sb.toString();
    }
}
