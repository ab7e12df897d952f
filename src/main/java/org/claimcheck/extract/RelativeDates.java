package org.claimcheck.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.math.BigDecimal;
import org.claimcheck.value.NumberWords;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * Recognises past dates stated relative to the time of writing ("last year", "three years ago", "in March") and
 * states them at the granularity the words use: "three years ago" is a year even though SUTime resolves it
 * to a day.
 */
final class RelativeDates {

    /** Absolute dates carry a year: four digits, an apostrophe year ("'90s") or a decade word. */
    private static final Pattern ABSOLUTE = Pattern.compile("\\b\\d{4}s?\\b|'\\d0s|\\b\\d{2,4}(st|nd|rd|th)\\b");
    /**
     * Past dates relative to the time of writing that a fact-checker can check: "last year", "three years ago",
     * "the fourth quarter", a month without a year, a weekday ("Belarus became a member on Thursday"; one that
     * dates the reporting itself, "officials said on Friday", is no claim: see {@link NonClaims}). "Today", "this
     * week" and "yesterday" mostly date the reporting too, and "the previous year" points at another date in the
     * text, so none of those is read as a claim.
     */
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    /** The months' names, as one alternation: "january|february|…|december". */
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december";

    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i)^(on\\s+)?(last\\s+)?" + WEEKDAY + "$");

    private static final Pattern RELATIVE = Pattern.compile(
            "\\blast\\s+(year|month|quarter|decade|spring|summer|autumn|fall|winter|" + MONTHS + ")\\b"
                    + "|\\b(years?|months?|decades?)\\s+ago\\b"
                    + "|\\b(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\b"
                    + "|^(\\d{1,2}(st|nd|rd|th)?\\s+)?(in\\s+|early\\s+|late\\s+|mid-?)?(" + MONTHS + ")\\b"
                    + "(?!.*\\b(this|next|the following|that)\\b)");

    private RelativeDates() {
    }

    /** "Thursday", "last Friday": a day of the week alone (see {@link #weekday} for the day it stands for). */
    static boolean isWeekday(String text) {
        return WEEKDAY_ALONE.matcher(text.strip()).matches();
    }

    /**
     * A weekday counted from the publication date: the last one on or before it, or, in a clause that speaks of
     * the future ("would fly the units home on Friday"), the next one on or after it. SUTime's own reading of a
     * weekday depends on what else it was given to read, so it is not used.
     */
    static Optional<DateValue> weekday(String text, boolean future, LocalDate published) {
        Matcher m = WEEKDAY_ALONE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT));
        LocalDate d = future ? published.with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                : published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        return Optional.of(DateValue.day(d));
    }

    /** A month or a day of a month stated without its year ("on July 14", "in March"). */
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(" + MONTHS + "|jan|feb|mar|apr|jun|jul|aug|sep|"
            + "sept|oct|nov|dec)\\b");

    /**
     * Whether the claim is a month or a day of a month whose year the text does not state ("In the same year on
     * July 14 …"): its year was taken from the publication date, which a text looking back at earlier years gets
     * wrong. "Last March" states its year relative to the writing, and a weekday is a day of the week of writing.
     */
    static boolean yearNotStated(String claimText, String resolution) {
        return resolution != null && (namesMonth(claimText) || LAST_MONTH.matcher(claimText.strip()).matches());
    }

    /** "last March": the month's year is the writer's reckoning, which readers take two ways. */
    private static final Pattern LAST_MONTH = Pattern.compile("(?i)last\\s+(" + MONTHS + ")");

    /**
     * "Last March" written in September 2024: the most recent March before the month of writing (March 2024), as a
     * weekday or a day without its year is the last one before it; in March itself, the March a year before. SUTime
     * gives the March of the year before whenever the month has passed. Empty for any other text.
     */
    static Optional<DateValue> lastMonthNamed(String text, LocalDate published) {
        Matcher m = LAST_MONTH.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
        int year = month < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        return Optional.of(DateValue.month(year, month));
    }

    /** Whether the text names a month, or a day of one, without its year and without "last", "next"… ("on July 14"). */
    static boolean namesMonth(String claimText) {
        String text = claimText.toLowerCase(Locale.ROOT);
        return !isAbsolute(text) && MONTH.matcher(text).find()
                && !text.matches(".*\\b(last|ago|previous|next|this)\\b.*");
    }

    static boolean isAbsolute(String text) {
        return ABSOLUTE.matcher(text).find();
    }

    /**
     * True for a relative date expression worth resolving; false for "now", "recently", a bare "fall", and for
     * forward references ("next decade", "the following month"), which state plans or point at another event.
     */
    static boolean isResolvable(String text) {
        return RELATIVE.matcher(text.toLowerCase(Locale.ROOT)).find() || isWeekday(text);
    }

    private static final Pattern AGO = Pattern.compile("(?:^|\\s)([a-z-]+|\\d+)\\s+(years?|months?|decades?)\\s+ago\\b");

    private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

    /** A month and, if given, a day (0 when not) that SUTime left without a year. */
    private record MonthDay(int month, int day) {
    }

    /**
     * The month and day of a TIMEX value without a year ("XXXX-01-06"); "THIS P1D INTERSECT XXXX-01-06" ("6
     * January, the day after") is the date after the last space.
     */
    private static Optional<MonthDay> yearless(String timex) {
        String date = timex == null ? null : timex.substring(timex.lastIndexOf(' ') + 1);
        Matcher m = date == null ? null : YEARLESS.matcher(date);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MonthDay(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
    }

    /**
     * A day or month SUTime left without a year ("XXXX-01-06"): the last one on or before the publication date,
     * as a news text means by "6 January".
     */
    static Optional<DateValue> inYearOfWriting(String timex, LocalDate published) {
        Optional<MonthDay> found = yearless(timex);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int month = found.get().month();
        int day = found.get().day();
        if (day == 0) {
            int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            return Optional.of(DateValue.month(year, month));
        }
        for (int year = published.getYear(); year >= published.getYear() - 1; year--) {
            if (YearMonth.of(year, month).isValidDay(day) && !LocalDate.of(year, month, day).isAfter(published)) {
                return Optional.of(DateValue.day(year, month, day));
            }
        }
        return Optional.empty();
    }

    /** A day or month SUTime left without a year ("XXXX-10-10"), in the year the text is telling of. */
    static Optional<DateValue> inStatedYear(String timex, int year) {
        return yearless(timex).flatMap(md -> md.day() == 0 ? Optional.of(DateValue.month(year, md.month()))
                : YearMonth.of(year, md.month()).isValidDay(md.day())
                        ? Optional.of(DateValue.day(year, md.month(), md.day())) : Optional.empty());
    }

    /** "three years ago": a plain count of years, months or decades back from the time of writing. */
    static boolean isCountedBack(String text) {
        return AGO.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * "three years ago" counted back from the publication date, for the phrase SUTime gave no value of its own
     * (it was split from the date before it). Empty for anything but a plain count of years, months or decades.
     */
    static Optional<DateValue> countedBack(String text, LocalDate published) {
        Matcher m = AGO.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String number = m.group(1);
        Optional<BigDecimal> n = number.matches("\\d+") ? Optional.of(new BigDecimal(number)) : NumberWords.parse(number);
        if (n.isEmpty() || n.get().signum() <= 0 || n.get().stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        int count = n.get().intValueExact();
        String unit = m.group(2);
        if (unit.startsWith("month")) {
            LocalDate d = published.minusMonths(count);
            return Optional.of(DateValue.month(d.getYear(), d.getMonthValue()));
        }
        int years = unit.startsWith("decade") ? 10 * count : count;
        return Optional.of(DateValue.year(published.getYear() - years));
    }

    /** Coarsens SUTime's resolution to the unit the words name ("years ago" → the year). */
    static DateValue atStatedGranularity(String text, DateValue resolved) {
        String t = text.toLowerCase(Locale.ROOT);
        LocalDate d = resolved.first();
        if (t.matches(".*\\btoday\\b.*")) {
            return resolved;
        }
        if (t.matches(".*\\byears?\\b.*") && resolved.granularity() == Granularity.DAY) {
            return DateValue.year(d.getYear());
        }
        if (t.matches(".*\\bmonths?\\b.*") && resolved.granularity() == Granularity.DAY) {
            return DateValue.month(d.getYear(), d.getMonthValue());
        }
        if (t.matches(".*\\bdecades?\\b.*") && resolved.granularity() != Granularity.DECADE) {
            return DateValue.decade(d.getYear() - Math.floorMod(d.getYear(), 10));
        }
        return resolved;
    }

    static Optional<String> describe(String text, DateValue value, LocalDate anchor) {
        return Optional.of("\u201c" + text + "\u201d = " + value.canonical() + ", from the publication date " + anchor);
    }

    /** How a day or month was given the year the text before it is telling of. */
    static String describeInView(String text, DateValue value, int year) {
        return "\u201c" + text + "\u201d = " + value.canonical() + IN_VIEW + year;
    }

    /** Marks a resolution that took its year from the text before the date, not from the publication date. */
    static final String IN_VIEW = ", in the year the text before it tells of: ";

    /** Whether a resolution took its year from the text before the date ({@link #describeInView}). */
    static boolean yearFromText(String resolution) {
        return resolution != null && resolution.contains(IN_VIEW);
    }
}
