package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * Years that SUTime folds into a stretch of time or a rhythm, where they would be lost as dates: "every day since
 * 2012" arrives as one SET, "the entire 2012-2021 period" as one DURATION. Each year, or each pair of years joined
 * by a dash, "to" or "and", becomes a date of its own (the words around it, "since", read as for any date).
 */
final class YearsInTerms {

    private static final Pattern YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");
    private static final Set<String> JOINERS = Set.of("to", "and", "through", "until");

    private final Tokens tokens;

    YearsInTerms(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The dates inside tokens {@code [from, to)} of a DURATION or SET mention; empty when it names no year. */
    List<Candidate> find(int from, int to) {
        List<Candidate> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!isYear(i)) {
                continue;
            }
            int end = i + 2 < to && isYear(i + 2) && (tokens.isDash(i + 1) || JOINERS.contains(tokens.lower(i + 1)))
                    ? i + 2 : -1;
            if (end > 0 && year(end) > year(i)) {
                out.add(new Candidate(i, end + 1, MentionType.DATE, year(i) + "/" + year(end), "DATE"));
                i = end;
            } else {
                out.add(new Candidate(i, i + 1, MentionType.DATE, String.valueOf(year(i)), "DATE"));
            }
        }
        return out;
    }

    private boolean isYear(int i) {
        return YEAR.matcher(tokens.lower(i)).matches();
    }

    private int year(int i) {
        return Integer.parseInt(tokens.lower(i));
    }
}
