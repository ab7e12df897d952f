package org.claimcheck.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;

/**
 * One row of a rates table, as published: one unit of {@code base} bought {@code rate} units of
 * {@code currency} on average over {@code period}, a year or a month. Both currencies are ISO codes the value
 * grammar knows, they differ, and the rate is positive.
 *
 * @param vintage when the source published the average or it was retrieved; provenance only, since an average
 *     describes the period whenever it was published
 * @param table the table file name and {@code line} its 1-based line, for evidence and messages
 */
public record Rate(
        String currency,
        String base,
        BigDecimal rate,
        DateValue period,
        String source,
        LocalDate vintage,
        String note,
        String table,
        int line) {

    public Rate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        if (currency.equals(base)) {
            throw new IllegalArgumentException("a rate needs two different currencies: " + currency);
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive: " + rate);
        }
        if (period.granularity() != Granularity.YEAR && period.granularity() != Granularity.MONTH) {
            throw new IllegalArgumentException("a rate covers a year or a month: " + period.canonical());
        }
    }

    /** "0.8455 EUR per USD", the rate exactly as the table gives it. */
    public String describe() {
        return rate.toPlainString() + " " + currency + " per " + base;
    }
}
