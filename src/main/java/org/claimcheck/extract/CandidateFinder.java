package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.claimcheck.nlp.Mention;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;

/**
 * Turns a sentence's DATE, MONEY, PERCENT and NUMBER mentions into value candidates, repairing what CoreNLP
 * splits or cuts short: "1.5" + "bn" become one number, units and multipliers outside the span ("38 billion"
 * + "cubic metres", "$1.13" + "bn") are pulled in, and "between 2015 and 2020" becomes one range.
 */
final class CandidateFinder {

    private static final Set<String> RANGE_JOINERS = Set.of("and", "to", "-", "\u2013", "\u2014", "until", "through");
    private static final Set<String> RANGE_OPENERS = Set.of("between", "from");
    private static final int MAX_UNIT_TOKENS = 3;

    private final Sentence sentence;
    private final Tokens tokens;
    private final String articleText;

    CandidateFinder(Sentence sentence, Tokens tokens, String articleText) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.articleText = articleText;
    }

    List<Candidate> find() {
        List<Candidate> raw = new ArrayList<>();
        Durations durations = new Durations(tokens);
        YearsInTerms years = new YearsInTerms(tokens);
        CompactYearRanges compactYears = new CompactYearRanges(tokens);
        ApostropheDecades decades = new ApostropheDecades(tokens);
        for (Mention m : sentence.mentions()) {
            int[] r = tokens.range(m.span());
            if (r == null) {
                continue;
            }
            if (m.type() == MentionType.NUMBER) {
                raw.addAll(compactYears.split(new Candidate(r[0], r[1], m.type(), m.normalized(), m.timexType())));
            } else if (m.type() == MentionType.DATE) {
                decades.read(new Candidate(r[0], r[1], m.type(), m.normalized(), m.timexType())).ifPresent(raw::add);
            } else if (m.type().isNumericOrTemporal()) {
                raw.add(new Candidate(r[0], r[1], m.type(), m.normalized(), m.timexType()));
            } else if (m.type() == MentionType.DURATION || m.type() == MentionType.SET) {
                List<Candidate> dates = years.find(r[0], r[1]);
                if (dates.isEmpty()) {
                    durations.term(r[0], r[1], m.type(), m.normalized()).ifPresent(raw::add);
                } else {
                    raw.addAll(dates);
                }
            }
        }
        for (Candidate r : new Ratios(tokens).find()) {
            // "eight out of 10" arrives as two numbers; the ratio replaces them.
            if (raw.stream().noneMatch(c -> c.overlaps(r) && c.type() != MentionType.NUMBER)) {
                raw.removeIf(c -> c.overlaps(r));
                raw.add(r);
            }
        }
        for (Candidate f : new Fractions(tokens).find()) {
            if (raw.stream().noneMatch(c -> c.overlaps(f))) {
                raw.add(f);
            }
        }
        raw.sort(Comparator.comparingInt(Candidate::from));
        List<Candidate> merged = SharedYears.apply(tokens,
                mergeRanges(new DayRanges(tokens).join(mergeSplitNumbers(splitJoinedDates(raw)))), this::surface);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : merged) {
            boolean fraction = c.normalized() != null
                    && (c.normalized().startsWith(Fractions.MARK) || c.normalized().startsWith(Ratios.MARK));
            boolean keep = fraction || c.type().isDuration();
            Optional<Candidate> measure = c.type() == MentionType.DATE ? yearLikeMeasure(c) : Optional.empty();
            out.add(measure.isPresent() ? measure.get()
                    : c.type() == MentionType.DATE ? tense(trimFallingSeason(c)) : keep ? c : extendAmount(c));
        }
        return dropOverlaps(out);
    }

    /**
     * "The total length of the pipeline is 1776 km": SUTime takes a four-digit number for a year whatever
     * follows it; followed by a unit of measure (not a currency, not a unit of time) it is that measure. "In
     * 1990 dollars" stays a year.
     */
    private Optional<Candidate> yearLikeMeasure(Candidate c) {
        if (c.to() - c.from() != 1 || !tokens.lower(c.from()).matches("\\d{4}")) {
            return Optional.empty();
        }
        Candidate number = new Candidate(c.from(), c.to(), MentionType.NUMBER, null, null);
        Candidate extended = extendAmount(number);
        Optional<Amount> amount = ValueGrammar.parseAmount(surface(extended.from(), extended.to()));
        return extended.to() > c.to() && amount.isPresent() && !amount.get().unit().isCurrency()
                && !amount.get().unit().dimension().equals("time") && !amount.get().unit().code().isEmpty()
                ? Optional.of(extended) : Optional.empty();
    }

    /**
     * SUTime joins a date and a second date set off by a comma or "in" into one mention with one value:
     * "Vostok 2022, three years ago" becomes 2019 (three years before 2022) and "Zapad 2021 in September 2021"
     * becomes 2021-09. A mention whose words up to such a joint read as a date with a year on their own, and
     * whose words after it state a year or count back from the time of writing, is two dates: the first takes
     * the value its words state, the second the whole mention's value when it states a year of its own, else
     * none (it is then counted back from the publication date, not from the first). "2005 in December" stays
     * one date.
     */
    private List<Candidate> splitJoinedDates(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            int joint = c.type() == MentionType.DATE ? jointOf(c) : -1;
            int tail = c.type() == MentionType.DATE && joint < 0 ? relativeTail(c) : -1;
            if (tail > 0) {
                // "6 January, the day after Tokayev appealed": the date, without the day it is the eve of
                String anchor = c.normalized() == null || !c.normalized().contains(" INTERSECT ") ? null
                        : c.normalized().substring(c.normalized().lastIndexOf(' ') + 1);
                out.add(new Candidate(c.from(), tail, MentionType.DATE, anchor, c.timexType()));
                continue;
            }
            if (joint < 0) {
                out.add(c);
                continue;
            }
            DateValue first = ValueGrammar.requireDate(surface(c.from(), joint));
            String rest = surface(joint + 1, c.to());
            String second = RelativeDates.isAbsolute(rest) ? c.normalized() : null;
            out.add(new Candidate(c.from(), joint, MentionType.DATE, first.canonical(), "DATE"));
            out.add(new Candidate(joint + 1, c.to(), MentionType.DATE, second, c.timexType()));
        }
        return out;
    }

    private static final Set<String> DATE_JOINTS = Set.of(",", "in");
    private static final java.util.regex.Pattern TEXT_RELATIVE = java.util.regex.Pattern.compile(
            "(?i)(the|a|one|two|three)\\s+(day|days|week|weeks|month|months)(\\s+(after|before|later|earlier))?");

    /**
     * The comma before a phrase that dates something else from the date before it ("6 January, the day after"),
     * or -1. SUTime joins the two (or the date and "the day", leaving "after" out) into one mention whose value
     * is neither.
     */
    private int relativeTail(Candidate c) {
        for (int k = c.from() + 1; k < c.to() - 1; k++) {
            if (tokens.lower(k).equals(",") && TEXT_RELATIVE.matcher(surface(k + 1, c.to())).matches()) {
                return k;
            }
        }
        return -1;
    }

    /** The token that joins two dates inside one DATE mention, or -1 (see {@link #splitJoinedDates}). */
    private int jointOf(Candidate c) {
        for (int k = c.from() + 1; k < c.to() - 1; k++) {
            if (!DATE_JOINTS.contains(tokens.lower(k))) {
                continue;
            }
            String head = surface(c.from(), k);
            String rest = surface(k + 1, c.to());
            // "2005 in December" is one date, December 2005: only a second date of its own splits the mention.
            boolean secondDate = RelativeDates.isAbsolute(rest) || RelativeDates.isCountedBack(rest);
            if (!head.matches(".*\\b\\d{4}") || !RelativeDates.isAbsolute(head) || !secondDate) {
                continue;
            }
            try {
                ValueGrammar.requireDate(head);
                return k;
            } catch (ValueFormatException notOneDate) {
                // "Monday, 8 December 1999" and the like: the words before the comma are no date of their own.
            }
        }
        return -1;
    }

    /** "1.5" NUMBER followed directly by "bn" NUMBER: one mention cut in two by the tokenizer. */
    private List<Candidate> mergeSplitNumbers(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean amount = c.type() != MentionType.DATE && !c.type().isDuration();
            if (last != null && amount && last.type() != MentionType.DATE && last.to() == c.from()
                    && (c.type() == MentionType.NUMBER || last.type() == MentionType.NUMBER)) {
                MentionType type = last.type() == MentionType.NUMBER ? c.type() : last.type();
                out.set(out.size() - 1, new Candidate(last.from(), c.to(), type, null, null));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * "between 2015 and 2020" arrives as DATE "2015", DATE "and", DATE "2020" (or without the middle one):
     * join two dates linked by a range word when an opener such as "between" or "from" precedes the first.
     */
    private List<Candidate> mergeRanges(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            boolean dayOnly = a.length() == 1 && tokens.get(a.from()).word().matches("\\d{1,2}");
            boolean opened = RANGE_OPENERS.contains(tokens.lower(a.from() - 1)) || isBracketedRange(in, i);
            if ((a.type() == MentionType.DATE || dayOnly) && opened) {
                int j = i + 1;
                if (j < in.size() && isJoiner(in.get(j))) {
                    j++;
                }
                if (j < in.size() && in.get(j).type() == MentionType.DATE && onlyJoinersBetween(a, in.get(j))) {
                    Candidate b = in.get(j);
                    out.add(new Candidate(a.from(), b.to(), MentionType.DATE, rangeOf(a, b), "RANGE"));
                    i = j;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * "Peter the Great (1682–1725)", "the split (1956–1966)": two years joined by a dash inside brackets are one
     * span, the years of what the bracket follows, not two separate dates.
     */
    private boolean isBracketedRange(List<Candidate> in, int i) {
        Candidate a = in.get(i);
        if (a.type() != MentionType.DATE || !OPEN.contains(tokens.lower(a.from() - 1))) {
            return false;
        }
        int j = i + 1 < in.size() && isJoiner(in.get(i + 1)) ? i + 2 : i + 1;
        if (j >= in.size()) {
            return false;
        }
        Candidate b = in.get(j);
        boolean dashed = b.from() - a.to() == 1 && DASHES.contains(tokens.lower(a.to()))
                || j == i + 2 && DASHES.contains(tokens.lower(in.get(i + 1).from()));
        return b.type() == MentionType.DATE && dashed && b.to() < tokens.size() && CLOSE.contains(tokens.lower(b.to()));
    }

    private static final Set<String> OPEN = Set.of("(", "-lrb-", "[", "-lsb-");
    private static final Set<String> CLOSE = Set.of(")", "-rrb-", "]", "-rsb-");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");

    private boolean isJoiner(Candidate c) {
        return c.length() == 1 && RANGE_JOINERS.contains(tokens.lower(c.from()));
    }

    private boolean onlyJoinersBetween(Candidate a, Candidate b) {
        int gap = b.from() - a.to();
        return gap == 1 && RANGE_JOINERS.contains(tokens.lower(a.to()));
    }

    private String rangeOf(Candidate a, Candidate b) {
        String day = tokens.get(a.from()).word();
        if (a.length() == 1 && day.matches("\\d{1,2}") && b.normalized() != null
                && b.normalized().matches("\\d{4}-\\d{2}-\\d{2}")) {
            // "from 22 to 24 October 2024": the first day takes its month and year from the second date.
            return b.normalized().substring(0, 8) + (day.length() == 1 ? "0" + day : day) + "/" + b.normalized();
        }
        String first = firstEnd(a.normalized());
        String last = lastEnd(b.normalized());
        return first == null || last == null ? null : first + "/" + last;
    }

    private static String firstEnd(String timex) {
        return timex == null ? null : timex.contains("/") ? timex.substring(0, timex.indexOf('/')) : timex;
    }

    private static String lastEnd(String timex) {
        return timex == null ? null : timex.contains("/") ? timex.substring(timex.indexOf('/') + 1) : timex;
    }

    /**
     * "the fall in 1991" is a decline in a year, not autumn: SUTime reads the noun "fall" as the season. When a
     * season mention starts with "fall" and holds a year, the claim is the year alone.
     */
    private Candidate trimFallingSeason(Candidate c) {
        if (c.normalized() == null || !c.normalized().matches("\\d{4}-FA") || !tokens.lower(c.from()).startsWith("fall")) {
            return c;
        }
        for (int i = c.from(); i < c.to(); i++) {
            if (tokens.get(i).word().matches("\\d{4}")) {
                return new Candidate(i, i + 1, c.type(), c.normalized().substring(0, 4), c.timexType());
            }
        }
        return c;
    }

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "would", "shall", "'ll", "\u2019ll", "due",
            "expected", "scheduled", "planned", "set");

    /**
     * A weekday in a clause about the future is marked so: it is the next one, not the last (see RelativeDates). A
     * day or month without a year in a clause about the past ("The unit was connected to the grid on August 2", in a
     * text of 31 March) loses the year SUTime gave it from the publication date, so that it is read as the last
     * one on or before that date, not a later one the text cannot have seen.
     */
    private Candidate tense(Candidate c) {
        String surface = surface(c.from(), c.to());
        boolean weekday = RelativeDates.isWeekday(surface);
        Matcher dayOrMonth = c.normalized() == null ? null : Candidate.DAY_OR_MONTH.matcher(c.normalized());
        boolean yearless = !weekday && dayOrMonth != null && dayOrMonth.matches() && !RelativeDates.isAbsolute(surface)
                && RelativeDates.namesMonth(surface);
        if (!weekday && !yearless) {
            return c;
        }
        Boolean past = null; // the tense of the verb nearest before the date, once found
        for (int i = c.from() - 1; i >= 0 && c.from() - i <= 30; i--) {
            String w = tokens.lower(i);
            if (w.equals(";") || w.equals(".")) {
                break;
            }
            if (FUTURE_MARKERS.contains(w) || tokens.pos(i).equals("MD") && !w.equals("could") && !w.equals("might")) {
                return weekday ? c.withNormalized(Candidate.FUTURE_WEEKDAY) : c;
            }
            if (past == null && tokens.pos(i).startsWith("VB")) {
                past = tokens.pos(i).equals("VBD") || tokens.pos(i).equals("VBN");
            }
        }
        return yearless && Boolean.TRUE.equals(past) ? c.withNormalized("XXXX" + dayOrMonth.group(1)) : c;
    }

    /** Pulls multipliers, units and currency words that CoreNLP left outside the span into the amount. */
    private Candidate extendAmount(Candidate c) {
        Optional<Amount> base = ValueGrammar.parseAmount(surface(c.from(), c.to()));
        Candidate best = c;
        Optional<Amount> bestValue = base;
        for (int extra = 1; extra <= MAX_UNIT_TOKENS && c.to() + extra <= tokens.size(); extra++) {
            Optional<Amount> v = ValueGrammar.parseAmount(surface(c.from(), c.to() + extra));
            if (v.isPresent() && !v.equals(bestValue)) {
                best = c.withRange(c.from(), c.to() + extra);
                bestValue = v;
            }
        }
        // Only a currency word or symbol may be pulled in from the left ("US" before "$147bn"); a dash there
        // belongs to a name ("S-400") or a range, never to the amount.
        for (int extra = 1; extra <= 2 && best.from() - extra >= 0 && !tokens.isDash(best.from() - extra); extra++) {
            Optional<Amount> v = ValueGrammar.parseAmount(surface(best.from() - extra, best.to()));
            if (v.isPresent() && v.get().unit().isCurrency() && bestValue.map(b -> !b.unit().isCurrency()).orElse(true)) {
                best = best.withRange(best.from() - extra, best.to());
                bestValue = v;
            }
        }
        return best;
    }

    private String surface(int from, int to) {
        return tokens.span(from, to).of(articleText);
    }

    /** Keeps the longer of two overlapping candidates (a NUMBER inside a MONEY mention, say). */
    private static List<Candidate> dropOverlaps(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : in) {
            Candidate last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.overlaps(c)) {
                if (c.length() > last.length()) {
                    out.set(out.size() - 1, c);
                }
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
