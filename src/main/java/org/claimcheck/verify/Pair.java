package org.claimcheck.verify;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.reference.Subject;

/**
 * The two parties of a pair subject. A subject is a pair when one of its names has the form "A and B",
 * optionally after "between" ("Russia and China", "trade between Russia and China"), with one to three words
 * on each side; "the two countries" can then refer to it once both A and B have been named.
 */
record Pair(Subject subject, List<Word> first, List<Word> second) {

    private static final Pattern PAIR_NAME =
            Pattern.compile("(?:.*\\bbetween\\s+)?(\\S+(?:\\s+\\S+){0,2})\\s+(?:and|&)\\s+(\\S+(?:\\s+\\S+){0,2})");

    Pair {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    static Optional<Pair> of(Subject subject) {
        for (String name : SubjectNames.of(subject)) {
            Matcher m = PAIR_NAME.matcher(name.strip());
            if (m.matches()) {
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
