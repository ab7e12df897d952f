package org.claimcheck.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.NormalizedAmount;
import org.claimcheck.value.Units;
import org.claimcheck.value.Unresolved;
import org.claimcheck.value.ValueGrammar;

/**
 * Reads a candidate's value. Amounts are read from the surface text, not from CoreNLP's normalized string,
 * because the latter loses abbreviated multipliers ("$1.13bn" → 1.13) and stated precision; the normalized
 * string is only a fallback. Dates come from the TIMEX value, relative ones resolved against the publication
 * date or left {@link Unresolved}.
 */
final class ValueReader {

    private static final Pattern INTERSECT = Pattern.compile("INTERSECT (\\d{4}(-\\d{2}){0,2})$");

    private static final java.util.regex.Pattern RANGE =
            java.util.regex.Pattern.compile("(?i)\\s(to|or)\\s|\\d\\s*[-\u2013]\\s*\\d");

    private final LocalDate published;
    private final YearInView years;

    /** A reader for one article, whose dates are read in text order. */
    ValueReader(LocalDate published, String articleText) {
        this.published = published;
        this.years = new YearInView(articleText);
    }

    /** The value of candidate {@code c}, whose text {@code surface} starts at {@code offset} of the article. */
    Optional<ReadValue> read(Candidate c, String surface, int offset) {
        if (c.type() != MentionType.DATE) {
            return readAmount(c, surface);
        }
        Optional<ReadValue> date = readDate(c, surface, offset);
        date.map(ReadValue::value).filter(DateValue.class::isInstance)
                .ifPresent(d -> years.read(offset, (DateValue) d));
        return date;
    }

    private Optional<ReadValue> readDate(Candidate c, String surface, int offset) {
        if (c.normalized() != null && c.normalized().startsWith(SharedYears.MARK)) {
            // "9 October" of "on 9 October and 23 December 2014": the year is the text's, stated after it
            return ValueGrammar.fromTimex(c.normalized().substring(SharedYears.MARK.length()))
                    .map(d -> new ReadValue(ClaimKind.DATE, d, null));
        }
        if (RelativeDates.isAbsolute(surface)) {
            return timex(c).map(d -> new ReadValue(ClaimKind.DATE, d, null));
        }
        if (!RelativeDates.isResolvable(surface)) {
            return Optional.empty();
        }
        if (published == null) {
            // "On 10 October, both sides agreed …" on an undated page: the year the text is telling of
            OptionalInt year = years.at(offset);
            Optional<DateValue> inView = year.isPresent()
                    ? RelativeDates.inStatedYear(c.normalized(), year.getAsInt()) : Optional.empty();
            if (inView.isPresent()) {
                return Optional.of(new ReadValue(ClaimKind.DATE,
                        RelativeDates.atStatedGranularity(surface, inView.get()),
                        RelativeDates.describeInView(surface, inView.get(), year.getAsInt())));
            }
            return Optional.of(new ReadValue(ClaimKind.DATE,
                    new Unresolved(surface, "the article has no publication date to resolve it from"), null));
        }
        if (RelativeDates.isWeekday(surface)) {
            boolean future = Candidate.FUTURE_WEEKDAY.equals(c.normalized());
            return RelativeDates.weekday(surface, future, published).map(d -> new ReadValue(ClaimKind.DATE, d,
                    RelativeDates.describe(surface, d, published).orElse(null)));
        }
        return RelativeDates.lastMonthNamed(surface, published).or(() -> timex(c))
                .or(() -> RelativeDates.inYearOfWriting(c.normalized(), published))
                .or(() -> RelativeDates.countedBack(surface, published))
                .map(d -> RelativeDates.atStatedGranularity(surface, d))
                .map(d -> new ReadValue(ClaimKind.DATE, d,
                        RelativeDates.describe(surface, d, published).orElse(null)));
    }

    private static Optional<DateValue> timex(Candidate c) {
        if (c.normalized() == null) {
            return Optional.empty();
        }
        // "twenty years ago today" arrives as "THIS P1D INTERSECT 2001-07-16": the date is the part after it.
        Matcher intersect = INTERSECT.matcher(c.normalized());
        String timex = intersect.find() ? intersect.group(1) : c.normalized();
        return ValueGrammar.fromTimex(timex);
    }

    private Optional<ReadValue> readAmount(Candidate c, String surface) {
        if (c.normalized() != null && c.normalized().startsWith(Ratios.MARK)) {
            BigDecimal percent = new BigDecimal(c.normalized().substring(Ratios.MARK.length()));
            return Optional.of(new ReadValue(ClaimKind.PERCENT, new Amount(percent, Units.percent()), null));
        }
        if (c.normalized() != null && c.normalized().startsWith(Fractions.MARK)) {
            BigDecimal percent = new BigDecimal(c.normalized().substring(Fractions.MARK.length()));
            return Optional.of(new ReadValue(ClaimKind.PERCENT, new Amount(percent, Units.percent()), null));
        }
        // A range of amounts ("five to nine", "$10-15 billion") has no single value to check; both the grammar
        // and CoreNLP's normalized string would offer just one end of it.
        if (RANGE.matcher(surface).find()) {
            return Optional.empty();
        }
        Optional<Amount> amount = ValueGrammar.parseAmount(surface);
        if (amount.isEmpty() && c.normalized() != null) {
            amount = ValueGrammar.fromCoreNlp(c.normalized(), c.type().name()).map(NormalizedAmount::amount);
        }
        return amount.map(a -> new ReadValue(kindOf(a), a, null));
    }

    private static ClaimKind kindOf(Amount a) {
        if (a.unit().isCurrency()) {
            return ClaimKind.MONEY;
        }
        return switch (a.unit().dimension()) {
            case "percent" -> ClaimKind.PERCENT;
            case "count" -> ClaimKind.NUMBER;
            default -> ClaimKind.QUANTITY;
        };
    }
}
