package org.claimcheck.reference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/**
 * One curated fact: subject × attribute × period → value, with where it came from.
 *
 * @param period the period the value refers to (trade in 2021), null for events
 * @param vintage when the source published the value (or it was retrieved); several vintages of one figure
 *     may coexist, and a claim is judged against what was published by the article's date
 * @param table the table file name and {@code line} its 1-based line, for evidence and messages
 */
public record Fact(
        String subjectId,
        String attribute,
        Value value,
        DateValue period,
        Tolerance tolerance,
        String source,
        LocalDate vintage,
        String note,
        String table,
        int line) {

    public Fact {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
    }

    public Optional<DateValue> findPeriod() {
        return Optional.ofNullable(period);
    }

    public Optional<LocalDate> findVintage() {
        return Optional.ofNullable(vintage);
    }
}
