package org.claimcheck.verify.link;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.reference.Subject;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * The two parties of a pair subject. A subject is a pair when one of its names has the form "A and B",
 * optionally after "between" ("Russia and China", "trade between Russia and China"), where A and B are proper
 * names of one to three capitalised words ("Treaty of Good-Neighbourliness and Friendly Cooperation" is not a
 * pair); "the two countries" can then refer to it once both A and B have been named.
 */
record Pair(Subject subject, List<Word> first, List<Word> second) {

    private static final Pattern PAIR_NAME =
            Pattern.compile("(?:.*\\bbetween\\s+)?(\\S+(?:\\s+\\S+){0,2})\\s+(?:and|&)\\s+(\\S+(?:\\s+\\S+){0,2})");

    Pair {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    /** A party is a proper name: every word capitalised, after an optional "the" ("the Soviet Union"). */
    private static boolean proper(String party) {
        String[] words = party.strip().replaceFirst("^(?i:the)\\s+", "").split("\\s+");
        return Arrays.stream(words).allMatch(w -> !w.isEmpty() && (Character.isUpperCase(w.charAt(0))
                || Character.isDigit(w.charAt(0))));
    }

    static Optional<Pair> of(Subject subject) {
        for (String name : SubjectNames.of(subject)) {
            Matcher m = PAIR_NAME.matcher(name.strip());
            if (m.matches() && proper(m.group(1)) && proper(m.group(2))) {
                List<Word> a = Words.of(m.group(1));
                List<Word> b = Words.of(m.group(2));
                if (!a.isEmpty() && !b.isEmpty()) {
                    return Optional.of(new Pair(subject, a, b));
                }
            }
        }
        return Optional.empty();
    }
}
