package org.claimcheck.value;

import java.time.Month;
import java.util.Optional;

/** Dates that start with a four-digit year: 2019, 2019-12, 2001-07-16, 2022-Q3, 2019-SU, 1960s, 2022 Q3. */
final class IsoDates {

    private IsoDates() {
    }

    /** Reads from the year token at the cursor. */
    static DateValue fromYear(TokenCursor c) {
        Token yearToken = c.advance();
        int year = yearToken.intValue();
        Token next = c.peek();
        if (yearToken.touches(next) && next.is("s")) {
            c.advance();
            c.commit();
            return decade(c, year, yearToken);
        }
        if (yearToken.touches(next) && next.isAnyOf("'", "\u2019") && next.touches(c.peek(1)) && c.peek(1).is("s")) {
            c.advance();
            c.advance();
            c.commit();
            return decade(c, year, yearToken);
        }
        Token after = c.peek(1);
        if (yearToken.touches(next) && next.is("-") && next.touches(after)) {
            if (after.isDigits(2)) {
                c.advance();
                c.advance();
                c.commit();
                return monthOrDay(c, year, after);
            }
            if (after.kind() == Token.Kind.WORD) {
                c.advance();
                return quarterOrSeason(c, year);
            }
        }
        if (next != null && next.is("Q") && next.touches(after) && after.isDigits(1)) {
            c.advance();
            c.advance();
            c.commit();
            return DateValue.quarter(year, DateGrammar.checkQuarter(c, after.intValue(), after));
        }
        return DateValue.year(year);
    }

    private static DateValue decade(TokenCursor c, int year, Token yearToken) {
        if (year % 10 != 0) {
            throw c.failAt(yearToken, "no decade starts in " + year, "a year ending in 0, such as 1960s");
        }
        return DateValue.decade(year);
    }

    /** "2019-12" or "2019-12-02"; the month token has been read. */
    private static DateValue monthOrDay(TokenCursor c, int year, Token monthToken) {
        int month = monthToken.intValue();
        if (month < 1 || month > 12) {
            String yearsHint = month > 12 ? " (a span of years is written " + year + "/" + monthToken.text() + ")" : "";
            throw c.failAt(monthToken, "no month " + monthToken.text(), "01 to 12" + yearsHint);
        }
        Token dash = c.peek();
        Token day = c.peek(1);
        if (monthToken.touches(dash) && dash.is("-") && dash.touches(day)) {
            c.advance();
            if (!day.isDigits(2)) {
                throw c.fail("a two-digit day such as 16");
            }
            c.advance();
            return DateGrammar.validDay(c, year, Month.of(month), day);
        }
        return DateValue.month(year, month);
    }

    /** "2022-Q3" or "2019-SU"; the dash has been read. */
    private static DateValue quarterOrSeason(TokenCursor c, int year) {
        Token word = c.peek();
        Token digit = c.peek(1);
        if (word.is("Q") && word.touches(digit) && digit.isDigits(1)) {
            c.advance();
            c.advance();
            c.commit();
            return DateValue.quarter(year, DateGrammar.checkQuarter(c, digit.intValue(), digit));
        }
        Optional<Season> season = Season.findCode(word.text());
        if (season.isPresent()) {
            c.advance();
            c.commit();
            return DateValue.season(year, season.get());
        }
        c.commit();
        throw c.fail("a month (01 to 12), a quarter (Q1 to Q4) or a season (SP, SU, FA, WI) after \"" + year + "-\"");
    }
}
