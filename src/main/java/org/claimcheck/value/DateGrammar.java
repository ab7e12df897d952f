package org.claimcheck.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Optional;

/**
 * Reads one date or date range: the canonical forms (2001-07-16, 2019-12, 2022-Q3, 2019-SU, 2019, 196X, 18XX,
 * 2015/2020) and the forms people write (16 July 2001, July 16, 2001, Dec. 2019, Q3 2022, the summer of 2019,
 * the 1960s, the 19th century, 2015–2020, March 2015 – May 2016). Days are checked against the calendar.
 */
final class DateGrammar {

    static final String EXPECTED = "a date (2001-07-16, 2019-12, 2019, 1960s)";

    private DateGrammar() {
    }

    static DateValue read(TokenCursor c) {
        DateValue first = single(c);
        Token separator = c.peek();
        if (!isRangeSeparator(c)) {
            return first;
        }
        c.advance();
        c.commit();
        DateValue second = rangeEnd(c, first);
        if (second.last().isBefore(first.first())) {
            throw c.failAt(separator, "the range from " + first.display() + " to " + second.display()
                    + " ends before it starts", "an end no earlier than " + first.display());
        }
        return DateValue.range(first, second);
    }

    private static boolean isRangeSeparator(TokenCursor c) {
        Token t = c.peek();
        if (t == null) {
            return false;
        }
        if (t.isAnyOf("/", "\u2013", "\u2014", "to")) {
            return true;
        }
        // A hyphen inside "2019-12" was already read; here it separates "2015-2020" or "March 2015 - May 2016".
        Token after = c.peek(1);
        return t.is("-") && after != null && (after.isDigits(4) || !c.previous().touches(t));
    }

    /** The end of a range; "2015–20" abbreviates the second year when the first end is a year. */
    private static DateValue rangeEnd(TokenCursor c, DateValue first) {
        Token t = c.peek();
        boolean abbreviated = t != null && t.isDigits(2) && DateWords.month(c.peek(1)).isEmpty();
        if (first.granularity() == Granularity.YEAR && abbreviated) {
            c.advance();
            int century = first.first().getYear() / 100 * 100;
            int year = century + t.intValue();
            return DateValue.year(year < first.first().getYear() ? year + 100 : year);
        }
        return single(c);
    }

    static DateValue single(TokenCursor c) {
        Token t = c.peek();
        if (t != null && t.is("the")) {
            c.advance();
            t = c.peek();
        }
        if (t != null && t.isDigits()) {
            return startingWithNumber(c);
        }
        if (t != null && t.kind() == Token.Kind.WORD) {
            return startingWithWord(c);
        }
        throw c.fail(EXPECTED);
    }

    private static DateValue startingWithNumber(TokenCursor c) {
        Token n = c.peek();
        Token next = c.peek(1);
        boolean touching = n.touches(next);
        if (n.text().length() == 4) {
            return IsoDates.fromYear(c);
        }
        if (n.text().length() == 3 && touching && next.is("X")) {
            c.advance();
            c.advance();
            c.commit();
            return DateValue.decade(n.intValue() * 10);
        }
        if (n.text().length() == 2 && touching && next.is("XX")) {
            c.advance();
            c.advance();
            c.commit();
            return DateValue.century(n.intValue() * 100);
        }
        if (n.text().length() <= 3 && touching && DateWords.isOrdinalSuffix(next)) {
            c.advance();
            c.advance();
            return DateWords.month(c.peek()).isPresent() ? dayMonthYear(c, n) : afterOrdinal(c, n.intValue(), n);
        }
        if (n.text().length() <= 2) {
            c.advance();
            return dayMonthYear(c, n);
        }
        throw c.fail(EXPECTED);
    }

    /** "16 July 2001", "16th Jul. 2001"; the day token has been read. */
    private static DateValue dayMonthYear(TokenCursor c, Token day) {
        Optional<Month> month = DateWords.month(c.peek());
        if (month.isEmpty()) {
            throw c.fail("a month name after the day \"" + day.text() + "\"");
        }
        c.advance();
        c.commit();
        c.accept(".");
        c.accept(",");
        return validDay(c, requireYear(c), month.get(), day);
    }

    private static DateValue startingWithWord(TokenCursor c) {
        Token w = c.peek();
        Optional<Month> month = DateWords.month(w);
        if (month.isPresent()) {
            c.advance();
            c.commit();
            c.accept(".");
            Token day = c.peek();
            if (day != null && day.isDigits() && day.text().length() <= 2) {
                c.advance();
                if (day.touches(c.peek()) && DateWords.isOrdinalSuffix(c.peek())) {
                    c.advance();
                }
                c.accept(",");
                return validDay(c, requireYear(c), month.get(), day);
            }
            c.accept(",");
            return DateValue.month(requireYear(c), month.get().getValue());
        }
        if (w.is("Q") && w.touches(c.peek(1)) && c.peek(1).isDigits(1)) {
            c.advance();
            c.commit();
            Token q = c.advance();
            return quarter(c, q.intValue(), q);
        }
        Optional<Season> season = DateWords.season(w);
        if (season.isPresent()) {
            c.advance();
            c.commit();
            c.accept("of");
            return DateValue.season(requireYear(c), season.get());
        }
        Optional<Integer> ordinal = DateWords.ordinal(w);
        if (ordinal.isPresent()) {
            c.advance();
            return afterOrdinal(c, ordinal.get(), w);
        }
        throw c.fail(EXPECTED);
    }

    /** "19th century", "third quarter of 2022"; the ordinal has been read. */
    private static DateValue afterOrdinal(TokenCursor c, int n, Token ordinal) {
        if (c.accept("century")) {
            c.commit();
            if (n < 1) {
                throw c.failAt(ordinal, "no century " + n, "1st or later");
            }
            return DateValue.century((n - 1) * 100);
        }
        if (c.accept("quarter")) {
            c.commit();
            c.accept("of");
            return quarter(c, n, ordinal);
        }
        throw c.fail("\"century\" or \"quarter\" after \"" + ordinal.text() + "\"");
    }

    /** "Q3 2022", "third quarter of 2022"; the quarter number has been read, the year follows. */
    private static DateValue quarter(TokenCursor c, int quarter, Token where) {
        checkQuarter(c, quarter, where);
        c.accept(",");
        return DateValue.quarter(requireYear(c), quarter);
    }

    static int checkQuarter(TokenCursor c, int quarter, Token where) {
        if (quarter < 1 || quarter > 4) {
            throw c.failAt(where, "no quarter " + quarter, "1 to 4");
        }
        return quarter;
    }

    static int requireYear(TokenCursor c) {
        Token year = c.peek();
        if (year == null || !year.isDigits(4)) {
            throw c.fail("a four-digit year such as 2019");
        }
        c.advance();
        return year.intValue();
    }

    static DateValue validDay(TokenCursor c, int year, Month month, Token day) {
        try {
            return DateValue.day(LocalDate.of(year, month, day.intValue()));
        } catch (DateTimeException e) {
            throw c.failAt(day, "no day " + day.text() + " in " + DateWords.monthName(month) + " " + year,
                    "a day from 1 to " + month.length(Year.isLeap(year)));
        }
    }
}
