package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;

/**
 * A span of days written with a dash ("September 10–14, 1960", "10–14 September 1960", "September 10-14,
 * 1960") or "to" ("from August 22 to 24, 2024") is one date, the range of those days. CoreNLP cuts it into a date
 * without its year, a bare number and a year, or a number and a full date: read apart, the first day takes the
 * publication year and the year stands alone, neither of them what the sentence says.
 */
final class DayRanges {

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern DAY_SPAN = Pattern.compile("(\\d{1,2})[-\u2013\u2014](\\d{1,2})");
    // SUTime gives a day or month without a year the publication year, or none ("XXXX").
    private static final Pattern MONTH_DAY = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})");
    private static final Pattern FULL_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern FULL_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Words that join two days of one month into a span, as a dash does: "from August 22 to 24, 2024". */
    private static final Set<String> SPAN_WORDS = Set.of("to", "through", "until", "till");

    private final Tokens tokens;

    DayRanges(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The candidates, sorted by position, with every dashed span of days joined into one range. */
    List<Candidate> join(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Joined joined = monthDayDashDayYear(in, i);
            if (joined == null) {
                joined = monthDaySpanYear(in, i);
            }
            if (joined == null) {
                joined = dayDashFullDate(in, i);
            }
            if (joined == null) {
                out.add(in.get(i));
            } else {
                out.add(joined.range());
                i += joined.used() - 1;
            }
        }
        return out;
    }

    private record Joined(Candidate range, int used) {
    }

    /** "September 10" (no year) "–" (or "to") "14" "," "1960". */
    private Joined monthDayDashDayYear(List<Candidate> in, int i) {
        if (i + 2 >= in.size()) {
            return null;
        }
        Candidate first = in.get(i);
        Candidate day = in.get(i + 1);
        Candidate year = in.get(i + 2);
        Matcher md = yearless(first) ? matcher(MONTH_DAY, first) : null;
        if (md == null || !joinsDays(first.to()) || day.from() != first.to() + 1 || !isBareDay(day)
                || !yearFollows(day, year)) {
            return null;
        }
        return range(first, year, year.normalized(), md.group(1), md.group(2), tokens.get(day.from()).word(), 3);
    }

    /** A dash, or a word that spans days ("from August 22 to 24, 2024", "September 10 through 14, 1960"). */
    private boolean joinsDays(int i) {
        return tokens.isDash(i) || SPAN_WORDS.contains(tokens.lower(i));
    }

    /** "September" (no year) "10-14" "," "1960": the tokenizer kept the two days as one number. */
    private Joined monthDaySpanYear(List<Candidate> in, int i) {
        if (i + 2 >= in.size()) {
            return null;
        }
        Candidate month = in.get(i);
        Candidate days = in.get(i + 1);
        Candidate year = in.get(i + 2);
        Matcher m = yearless(month) ? matcher(MONTH, month) : null;
        Matcher span = days.type() == MentionType.DATE ? null : DAY_SPAN.matcher(compact(days));
        if (m == null || days.from() != month.to() || span == null || !span.matches() || !yearFollows(days, year)) {
            return null;
        }
        return range(month, year, year.normalized(), m.group(1), span.group(1), span.group(2), 3);
    }

    /** "10" "–" "14 September 1960", or "10-14" "September 1960". */
    private Joined dayDashFullDate(List<Candidate> in, int i) {
        if (i + 1 >= in.size() || in.get(i).type() == MentionType.DATE) {
            return null;
        }
        Candidate day = in.get(i);
        Candidate date = in.get(i + 1);
        String word = compact(day);
        Matcher full = matcher(FULL_DAY, date);
        if (full != null && DAY.matcher(word).matches() && tokens.isDash(day.to()) && date.from() == day.to() + 1
                && DAY.matcher(tokens.get(date.from()).word()).matches()) {
            return range(day, date, full.group(1), full.group(2), word, full.group(3), 2);
        }
        Matcher span = DAY_SPAN.matcher(word);
        Matcher month = matcher(FULL_MONTH, date);
        if (month != null && span.matches() && date.from() == day.to()) {
            return range(day, date, month.group(1), month.group(2), span.group(1), span.group(2), 2);
        }
        return null;
    }

    /** Whether the words of a date state no year of their own ("September 10", "September"). */
    private boolean yearless(Candidate c) {
        for (int k = c.from(); k < c.to(); k++) {
            if (YEAR.matcher(tokens.get(k).word()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The words of a candidate without the spaces between them: "10 - 14" is "10-14". */
    private String compact(Candidate c) {
        StringBuilder b = new StringBuilder();
        for (int k = c.from(); k < c.to(); k++) {
            b.append(tokens.get(k).word());
        }
        return b.toString();
    }

    private boolean isBareDay(Candidate c) {
        return c.type() != MentionType.DATE && c.length() == 1 && DAY.matcher(tokens.get(c.from()).word()).matches();
    }

    /** The year comes right after the days, or after a comma. */
    private boolean yearFollows(Candidate days, Candidate year) {
        int gap = year.from() - days.to();
        return year.type() == MentionType.DATE && matcher(YEAR, year) != null
                && (gap == 0 || gap == 1 && tokens.lower(days.to()).equals(","));
    }

    private static Matcher matcher(Pattern p, Candidate c) {
        if (c.type() != MentionType.DATE || c.normalized() == null) {
            return null;
        }
        Matcher m = p.matcher(c.normalized());
        return m.matches() ? m : null;
    }

    private static Joined range(Candidate from, Candidate to, String year, String month, String firstDay,
            String lastDay, int used) {
        int a = Integer.parseInt(firstDay);
        int b = Integer.parseInt(lastDay);
        if (a < 1 || b > 31 || a >= b) {
            return null;
        }
        String prefix = year + "-" + month + "-";
        String value = prefix + twoDigits(a) + "/" + prefix + twoDigits(b);
        return new Joined(new Candidate(from.from(), to.to(), MentionType.DATE, value, "RANGE"), used);
    }

    private static String twoDigits(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }
}
