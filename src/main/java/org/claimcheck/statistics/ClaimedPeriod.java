package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
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
    private static final Pattern UNREAD_YEAR = Pattern.compile(
            "\\b(1[89]|20)\\d\\d(s\\b|\\b)");
    /** "in the decade leading up to 2018", "prior to 2010": the year ends a span whose start the text leaves open. */
    private static final Pattern OPEN_START = Pattern.compile(
            "(?i)\\b(up to|leading up to|before|prior to|until|till)\\s*$");

    private static final Pattern OPEN_START_WITHIN = Pattern.compile(
            "(?i)\\b(up to|before|prior to|until|till)\\b");

    static Optional<ClaimedPeriod> of(Claim value, List<Claim> sentence, LocalDate published) {
        int now = published == null ? Integer.MAX_VALUE : published.getYear();
        List<Claim> dates = sentence.stream().filter(c -> c.kind() == ClaimKind.DATE
                && c.value() instanceof DateValue).toList();
        Optional<Claim> date = value.kind() == ClaimKind.DATE ? Optional.of(value)
                : dates.size() == 1 ? Optional.of(dates.get(0)) : adjacent(value, dates);
        if (date.isEmpty()) {
            // The extractor's own period, or that of another figure of the sentence ("from about 1% to over
            // 32% between 2012 and 2018"); several dates and none of them the figure's own: no period.
            Optional<DateValue> own = Optional.ofNullable(value.period()).or(() -> sentence.stream()
                    .map(Claim::period).filter(java.util.Objects::nonNull).findFirst());
            if (own.isPresent()) {
                return coarse(own.get()) ? Optional.of(fromValue(own.get(), Qualifier.EXACT, own.get().display(), now))
                        : Optional.empty();
            }
            Matcher part = PART_OF_DECADE.matcher(value.sentence());
            if (dates.isEmpty() && part.find()) {
                int decade = Integer.parseInt(part.group(2));
                int start = switch (part.group(1).toLowerCase(java.util.Locale.ROOT)) {
                    case "early" -> 0;
                    case "mid" -> 3;
                    default -> 6;
                };
                return Optional.of(new ClaimedPeriod(decade + start, decade + start + 3, Kind.SPAN, part.group()));
            }
            // A year or decade the extractor did not read ("in the early 2000s") is a period we cannot place.
            if (!dates.isEmpty() || UNREAD_YEAR.matcher(value.sentence()).find()) {
                return Optional.empty();
            }
            return Optional.of(new ClaimedPeriod(now, now, Kind.PRESENT, "no period stated"));
        }
        Claim d = date.get();
        DateValue dv = (DateValue) d.value();
        String before = value.sentence().substring(0, d.span().start() - d.sentenceSpan().start());
        if (d.qualifier() == Qualifier.BEFORE || d.qualifier() == Qualifier.AFTER || !coarse(dv)
                || OPEN_START.matcher(before).find() || OPEN_START_WITHIN.matcher(d.text()).find()) {
            return Optional.empty();
        }
        return Optional.of(fromValue(dv, d.qualifier(), d.text(), now));
    }

    /**
     * Of several dates, the figure's own: the one right after it ("over 290 TWh in 2010", "to zero in 2024"), or
     * the one that opens the sentence before it ("In 2018, over a quarter …").
     */
    private static Optional<Claim> adjacent(Claim value, List<Claim> dates) {
        String s = value.sentence();
        int base = value.sentenceSpan().start();
        for (Claim d : dates) {
            if (d.span().start() >= value.span().end() && AFTER_GAP.matcher(
                    s.substring(value.span().end() - base, d.span().start() - base)).matches()) {
                return Optional.of(d);
            }
        }
        for (Claim d : dates) {
            if (d.span().end() <= value.span().start() && BEFORE_GAP.matcher(
                    s.substring(d.span().end() - base, value.span().start() - base)).matches()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** "early 2000s" (the first four years), "mid-1990s" (4th to 7th), "late 1980s" (the last four). */
    private static final Pattern PART_OF_DECADE = Pattern.compile("(?i)\\b(early|mid|late)[- ]?((?:19|20)\\d0)s\\b");
    private static final Pattern AFTER_GAP = Pattern.compile("(?i)\\s*([\\p{L}-]+\\s+)?(in|by|as of|during)\\s+");
    private static final Pattern BEFORE_GAP = Pattern.compile("(?i)\\s*,\\s*((only|just|over|under|about|around|"
            + "nearly|almost|more than|less than|fewer than|at least|some)\\s+)*");

    /** Series are yearly: a month or a day ("in May 2018") is a period they cannot speak of. */
    private static boolean coarse(DateValue d) {
        return switch (d.granularity()) {
            case YEAR, DECADE, CENTURY, RANGE -> true;
            default -> false;
        };
    }

    private static ClaimedPeriod fromValue(DateValue dv, Qualifier q, String said, int now) {
        int from = dv.first().getYear();
        // A decade or century still running ("the 2020s", "the 21st century") runs to the publication year.
        int to = dv.granularity() == Granularity.DECADE || dv.granularity() == Granularity.CENTURY
                ? Math.min(dv.last().getYear(), now) : dv.last().getYear();
        if (q == Qualifier.SINCE) {
            return new ClaimedPeriod(from, now, Kind.SINCE, "since " + from);
        }
        return new ClaimedPeriod(from, to, from == to ? Kind.YEAR : Kind.SPAN, said);
    }

    String years() {
        return from == to ? Integer.toString(from) : from + "\u2013" + to;
    }
}
