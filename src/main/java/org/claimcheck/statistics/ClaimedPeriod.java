package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;

/**
 * The years a statistical claim speaks of, read from the sentence's dates: one year ("in 2018"), a span
 * ("between 1990 and 2006", "the 2000s", "since 2010": to the publication year), or none, which is the
 * present ("today", "now", or no date at all). {@code said} is how the text put it, for explanations.
 */
record ClaimedPeriod(int from, int to, Kind kind, String said) {

    enum Kind {
        /** One year: the claim is a level in it. */
        YEAR,
        /** Several years, stated as a range, decade or century. */
        SPAN,
        /** From a year to the publication date ("since 2010"). */
        SINCE,
        /** No date: the latest figures the author could have had. */
        PRESENT
    }

    /**
     * The claim's period, or empty when the sentence's dates cannot say which years it means (a date "before"
     * some year with no start, or several dates none of which is nearest the figure).
     */
    static Optional<ClaimedPeriod> of(Claim value, List<Claim> sentence, LocalDate published) {
        int now = published == null ? Integer.MAX_VALUE : published.getYear();
        Optional<Claim> date = sentence.stream().filter(c -> c.kind() == ClaimKind.DATE
                && c.value() instanceof DateValue).min(Comparator.comparingInt(c -> distance(c, value)));
        if (value.kind() == ClaimKind.DATE) {
            date = Optional.of(value);
        }
        if (date.isEmpty()) {
            if (value.period() != null) {
                return Optional.of(fromValue(value.period(), Qualifier.EXACT, value.period().display(), now));
            }
            return Optional.of(new ClaimedPeriod(now, now, Kind.PRESENT, "no period stated"));
        }
        Claim d = date.get();
        DateValue dv = (DateValue) d.value();
        if (d.qualifier() == Qualifier.BEFORE || d.qualifier() == Qualifier.AFTER) {
            return Optional.empty();
        }
        return Optional.of(fromValue(dv, d.qualifier(), d.text(), now));
    }

    private static ClaimedPeriod fromValue(DateValue dv, Qualifier q, String said, int now) {
        int from = dv.first().getYear();
        int to = Math.min(dv.last().getYear(), now);
        if (q == Qualifier.SINCE) {
            return new ClaimedPeriod(from, now, Kind.SINCE, "since " + from);
        }
        return new ClaimedPeriod(from, to, from == to ? Kind.YEAR : Kind.SPAN, said);
    }

    private static int distance(Claim a, Claim b) {
        return a.span().end() <= b.span().start() ? b.span().start() - a.span().end()
                : Math.max(0, a.span().start() - b.span().end());
    }

    String years() {
        return from == to ? Integer.toString(from) : from + "\u2013" + to;
    }
}
