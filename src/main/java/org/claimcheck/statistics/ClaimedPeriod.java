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
record ClaimedPeriod(int from, int to, Kind kind, String said, boolean own) {

    /**
     * A period shared by the sentence's figures, or its only one. {@code own} marks a span that is one figure's
     * alone, said right after it, in a sentence that gives another figure another span ("from 11.70 lakh tonnes
     * during 2013-2015 to 18.08 lakh tonnes during 2015-2017"): the figure is one number for its whole span.
     */
    ClaimedPeriod(int from, int to, Kind kind, String said) {
        this(from, to, kind, said, false);
    }

    enum Kind {
        /** One year: the claim is a level in it. */
        YEAR,
        /** Several years, stated as a range, decade or century. */
        SPAN,
        /** From a year to the publication date ("since 2010"). */
        SINCE,
        /** No date: the latest figures the author could have had. */
        PRESENT,
        /** Every year before one ("prior to 2010"), from the series' first: {@code from} is 0. */
        BEFORE
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
        Optional<ClaimedPeriod> counted = counted(value.sentence(), now);
        if (counted.isPresent()) {
            return counted;
        }
        // "every day", "each year" say how often, not when.
        List<Claim> dates = sentence.stream().filter(c -> c.kind() == ClaimKind.DATE
                && c.value() instanceof DateValue && !RECURRING.matcher(c.text()).find()).toList();
        // The sentence's one date is the figure's unless the extractor gave the figure another period of its own
        // ("from over 170 TWh in 2001 to zero in 2024": 2024 is zero's, 2001 the peak's).
        boolean ownOther = value.period() != null && dates.size() == 1 && !value.period().equals(dates.get(0).value());
        Optional<Claim> date = value.kind() == ClaimKind.DATE ? Optional.of(value)
                : dates.size() == 1 && !ownOther ? Optional.of(dates.get(0)) : adjacent(value, dates);
        if (date.isEmpty()) {
            // The extractor's own period, or that of another figure of the sentence ("from about 1% to over
            // 32% between 2012 and 2018"); several dates and none of them the figure's own: no period.
            Optional<DateValue> own = Optional.ofNullable(value.period()).or(() -> sentence.stream()
                    .map(Claim::period).filter(java.util.Objects::nonNull).findFirst());
            if (own.isPresent()) {
                if (!coarse(own.get())) {
                    return Optional.empty();
                }
                ClaimedPeriod read = fromValue(own.get(), Qualifier.EXACT, own.get().display(), now);
                // Another figure with another span of its own: each span is one figure's alone.
                boolean alone = read.kind == Kind.SPAN && value.period() != null && sentence.stream()
                        .anyMatch(c -> c != value && c.period() != null && !c.period().equals(value.period())
                                && c.period().granularity() == Granularity.RANGE);
                return Optional.of(alone ? read.alone() : read);
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
        boolean bounded = d.qualifier() == Qualifier.BEFORE || d.qualifier() == Qualifier.UNTIL;
        if (bounded && dv.granularity() == Granularity.YEAR
                && PRIOR.matcher(before).find()) {
            int year = dv.first().getYear();
            return Optional.of(new ClaimedPeriod(0, year - 1, Kind.BEFORE, "before " + year));
        }
        if (bounded || d.qualifier() == Qualifier.AFTER || !coarse(dv)
                || OPEN_START.matcher(before).find() || OPEN_START_WITHIN.matcher(d.text()).find()) {
            return Optional.empty();
        }
        ClaimedPeriod read = fromValue(dv, d.qualifier(), d.text(), now);
        boolean alone = read.kind == Kind.SPAN && d.span().start() >= value.span().end() && dates.stream()
                .anyMatch(c -> c != d && ((DateValue) c.value()).granularity() == Granularity.RANGE);
        return Optional.of(alone ? read.alone() : read);
    }

    private ClaimedPeriod alone() {
        return new ClaimedPeriod(from, to, kind, said, true);
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
        // "After experiencing hundreds of deaths in the 1980s, El Salvador recorded zero deaths … between 1997 and
        // 2020": the one date after the figure in its own stretch between commas is the figure's, unless the extractor
        // gave the figure a period of its own ("dropped to zero in 2014 before recovering … by 2023").
        if (value.period() != null) {
            return Optional.empty();
        }
        // A date before the figure is not read this way: "the charter was signed in 2001 and today covers over 49.8
        // million people" dates the signing.
        List<Claim> inStretch = dates.stream().filter(d -> d.span().start() >= value.span().end()
                && !STRETCH_BREAK.matcher(s.substring(value.span().end() - base, d.span().start() - base)).find())
                .toList();
        return inStretch.size() == 1 ? Optional.of(inStretch.get(0)) : Optional.empty();
    }

    /**
     * A span the text counts out: "in the decade leading up to 2018" (2009–2018), "the five years before 2020"
     * (2015–2019), "for the last three decades" (the thirty years before the publication year).
     */
    private static Optional<ClaimedPeriod> counted(String sentence, int now) {
        Matcher up = COUNTED_TO.matcher(sentence);
        if (up.find()) {
            Optional<Integer> years = length(up.group(1), up.group(2));
            if (years.isPresent()) {
                int end = Integer.parseInt(up.group(4)) - (up.group(3).toLowerCase(java.util.Locale.ROOT)
                        .contains("up to") ? 0 : 1);
                return Optional.of(new ClaimedPeriod(end - years.get() + 1, end, Kind.SPAN, up.group()));
            }
        }
        Matcher last = COUNTED_BACK.matcher(sentence);
        if (last.find() && now != Integer.MAX_VALUE) {
            Optional<Integer> years = length(last.group(2), last.group(3));
            if (years.isPresent()) {
                return Optional.of(new ClaimedPeriod(now - years.get(), now - 1, Kind.SPAN, last.group()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> length(String count, String unit) {
        int n;
        if (count == null || count.isBlank()) {
            n = 1;
        } else if (count.strip().matches("\\d{1,2}")) {
            n = Integer.parseInt(count.strip());
        } else {
            int i = NUMBERS.indexOf(count.strip().toLowerCase(java.util.Locale.ROOT));
            if (i < 0) {
                return Optional.empty();
            }
            n = i + 1;
        }
        return Optional.of(n * (unit.toLowerCase(java.util.Locale.ROOT).startsWith("decade") ? 10 : 1));
    }

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern COUNTED_TO = Pattern.compile("(?i)\\b(?:the\\s+)?(?:(\\w+)\\s+)?(decades?|years?)\\s+"
            + "(leading up to|up to|before|prior to)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern COUNTED_BACK = Pattern.compile("(?i)\\b(the\\s+)?(?:last|past)\\s+(?:(\\w+)\\s+)?"
            + "(decades?|years?)\\b");
    private static final Pattern RECURRING = Pattern.compile("(?i)^(every|each|a|an|per)\\b");
    private static final Pattern PRIOR = Pattern.compile("(?i)\\b(prior to|before)\\s*$");

    /** "early 2000s" (the first four years), "mid-1990s" (4th to 7th), "late 1980s" (the last four). */
    private static final Pattern PART_OF_DECADE = Pattern.compile("(?i)\\b(early|mid|late)[- ]?((?:19|20)\\d0)s\\b");
    private static final Pattern AFTER_GAP = Pattern.compile("(?i)\\s*([\\p{L}-]+\\s+){0,3}?(in|by|as of|during|"
            + "between|from)\\s+");
    private static final Pattern STRETCH_BREAK = Pattern.compile("[,;:()\u2013\u2014]");
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
