package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Qualifier;
import org.claimcheck.verify.Reason;

/**
 * Compares a claimed date with a reference date at the claim's own precision: a claim is the interval of days
 * it names ("2019" is every day of 2019) and is right when that interval contains the day the reference
 * gives. A reference that is itself an interval (a year, a decade, a range of uncertainty) supports a claim
 * that contains it, supports a finer claim that lies inside it (saying the reference is only that precise),
 * contradicts a claim it does not overlap, and leaves a partial overlap unverifiable. "About" widens the
 * claim by one step of its precision; "since" is the start date; "before", "after", "by" and "from" are
 * read as inequalities on the reference date. "Until" is the date itself ("lasted until 1895", "not signed until
 * 2001") or only a bound: a later reference date contradicts it either way, an earlier one only the first reading,
 * which the judge leaves to review.
 */
final class DateRule {

    private DateRule() {
    }

    static Outcome compare(DateValue claim, Qualifier qualifier, DateValue reference) {
        return switch (qualifier) {
            case BEFORE, LESS_THAN -> ordered(reference.last().isBefore(claim.first()),
                    !reference.first().isBefore(claim.first()),
                    "the reference date is not before " + iso(claim.first()));
            case AFTER, MORE_THAN -> ordered(reference.first().isAfter(claim.last()),
                    !reference.last().isAfter(claim.last()), "the reference date is not after " + iso(claim.last()));
            case AT_MOST -> ordered(!reference.last().isAfter(claim.last()), reference.first().isAfter(claim.last()),
                    "the reference date is later");
            case AT_LEAST -> ordered(!reference.first().isBefore(claim.first()),
                    reference.last().isBefore(claim.first()),
                    "the reference date is earlier");
            case APPROXIMATELY, NEARLY -> within(widened(claim), claim, reference, Reason.WITHIN_APPROXIMATION,
                    "within " + step(claim));
            case EXACT, SINCE -> within(claim, claim, reference, Reason.VALUE_AGREES, "");
            case UNTIL -> reference.first().isAfter(claim.last())
                    ? Outcome.contradicted(Reason.BOUND_FAILS, "the reference date is after " + iso(claim.last()))
                    : within(claim, claim, reference, Reason.VALUE_AGREES, "");
        };
    }

    private static Outcome ordered(boolean holds, boolean fails, String failure) {
        if (holds) {
            return Outcome.supported(Reason.BOUND_HOLDS, "");
        }
        return fails ? Outcome.contradicted(Reason.BOUND_FAILS, failure)
                : Outcome.unverifiable(Reason.PARTIAL_OVERLAP, "the reference interval straddles the claimed bound");
    }

    private static Outcome within(DateValue accepted, DateValue claim, DateValue reference, Reason agrees,
            String how) {
        if (accepted.contains(reference)) {
            return Outcome.supported(agrees, how);
        }
        if (!accepted.overlaps(reference)) {
            return wrongWhat(claim, reference);
        }
        if (reference.contains(accepted)) {
            return Outcome.supported(Reason.REFERENCE_LESS_PRECISE,
                    "the reference is only as precise as " + precision(reference.granularity()));
        }
        return Outcome.unverifiable(Reason.PARTIAL_OVERLAP, "the reference interval " + iso(reference.first()) + ".."
                + iso(reference.last()) + " only partly overlaps the claim");
    }

    /** Contradicted, naming the coarsest part of the date that is wrong, as a fact-checker would say it. */
    private static Outcome wrongWhat(DateValue claim, DateValue reference) {
        if (claim.granularity() == Granularity.DECADE || claim.granularity() == Granularity.CENTURY) {
            return Outcome.contradicted(claim.granularity() == Granularity.DECADE ? Reason.WRONG_DECADE
                    : Reason.WRONG_CENTURY, "wrong " + claim.granularity().name().toLowerCase(Locale.ROOT));
        }
        if (claim.last().getYear() < reference.first().getYear()
                || claim.first().getYear() > reference.last().getYear()) {
            int years = claim.last().getYear() < reference.first().getYear()
                    ? reference.first().getYear() - claim.last().getYear()
                    : claim.first().getYear() - reference.last().getYear();
            return Outcome.contradicted(Reason.WRONG_YEAR,
                    "wrong year (off by " + years + (years == 1 ? " year)" : " years)"));
        }
        if (ChronoUnit.MONTHS.between(claim.last().withDayOfMonth(1), reference.first().withDayOfMonth(1)) > 0
                || ChronoUnit.MONTHS.between(reference.last().withDayOfMonth(1), claim.first().withDayOfMonth(1)) > 0) {
            return Outcome.contradicted(Reason.WRONG_MONTH, "wrong month");
        }
        return Outcome.contradicted(Reason.WRONG_DAY, "wrong day");
    }

    private static DateValue widened(DateValue claim) {
        LocalDate first = claim.first();
        LocalDate last = claim.last();
        return switch (claim.granularity()) {
            case DAY -> new DateValue(first.minusDays(1), last.plusDays(1), Granularity.RANGE);
            case MONTH, QUARTER, SEASON -> new DateValue(first.minusMonths(1), last.plusMonths(1), Granularity.RANGE);
            case YEAR, RANGE -> new DateValue(first.minusYears(1), last.plusYears(1), Granularity.RANGE);
            case DECADE -> new DateValue(first.minusYears(2), last.plusYears(2), Granularity.RANGE);
            case CENTURY -> new DateValue(first.minusYears(10), last.plusYears(10), Granularity.RANGE);
        };
    }

    private static String step(DateValue claim) {
        return switch (claim.granularity()) {
            case DAY -> "a day";
            case MONTH, QUARTER, SEASON -> "a month";
            case YEAR, RANGE -> "a year";
            case DECADE -> "two years";
            case CENTURY -> "ten years";
        };
    }

    static String precision(Granularity granularity) {
        return switch (granularity) {
            case DAY -> "a day";
            case MONTH -> "a month";
            case QUARTER -> "a quarter";
            case SEASON -> "a season";
            case YEAR -> "a year";
            case DECADE -> "a decade";
            case CENTURY -> "a century";
            case RANGE -> "a range of dates";
        };
    }

    private static String iso(LocalDate date) {
        return date.toString();
    }
}
