package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * A day or month written without its year and joined by "and", "or" or a comma to a date that states one shares
 * that year: "signed on 9 October and 23 December 2014", "in June and July 2019". SUTime gives the first one the
 * year of the publication date, which a text looking back at another year gets wrong.
 */
final class SharedYears {

    /** The normalized value of a day or month that takes its year from the date after it ("YEAR-OF-NEXT 2014-10-09"). */
    static final String MARK = "YEAR-OF-NEXT ";

    private static final Set<String> JOINS = Set.of(",", "and", "or");
    /** The year of a day or month after it ("2014" of "2014-12-23"); a year alone ("and 2014 was …") shares none. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:-\\d{2}){1,2}");

    private SharedYears() {
    }

    /** {@code candidates} in order, each yearless day or month before a date with a year marked with that year. */
    static List<Candidate> apply(Tokens tokens, List<Candidate> candidates,
            BiFunction<Integer, Integer, String> surface) {
        List<Candidate> out = new ArrayList<>(candidates);
        for (int i = out.size() - 2; i >= 0; i--) {
            Candidate c = out.get(i);
            Candidate next = out.get(i + 1);
            if (c.type() != MentionType.DATE || next.type() != MentionType.DATE || c.normalized() == null
                    || next.normalized() == null || !joined(tokens, c.to(), next.from())) {
                continue;
            }
            String own = surface.apply(c.from(), c.to());
            String after = surface.apply(next.from(), next.to());
            // a date that took its year from the one after it passes it on: "March 3, April 5 and May 6, 2012"
            boolean shared = next.normalized().startsWith(MARK);
            Matcher day = Candidate.DAY_OR_MONTH.matcher(c.normalized());
            Matcher year = YEAR.matcher(shared ? next.normalized().substring(MARK.length()) : next.normalized());
            boolean yearStated = shared || RelativeDates.isAbsolute(after);
            if (RelativeDates.namesMonth(own) && day.matches() && yearStated && year.matches()) {
                out.set(i, c.withNormalized(MARK + year.group(1) + day.group(1)));
            }
        }
        return out;
    }

    /** Only a comma, "and" or "or" (one of each at most) between the two dates. */
    private static boolean joined(Tokens tokens, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!JOINS.contains(tokens.lower(i))) {
                return false;
            }
        }
        return true;
    }
}
