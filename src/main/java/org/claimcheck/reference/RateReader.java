package org.claimcheck.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimcheck.problem.Problem;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Units;
import org.claimcheck.value.Value;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;

/**
 * Reads rate rows: two different known currencies, a positive rate, a year or a month, a source and an ISO
 * vintage. Each pair of currencies has one rate per period, in one direction: a second row for the same pair
 * and period, either way round, is a duplicate when it says the same and a conflict when it does not.
 */
final class RateReader {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Two rows given either way round agree when their product is this close to 1 (rounding of the inverse). */
    private static final BigDecimal INVERSE_AGREEMENT = new BigDecimal("0.001");

    private record Key(String first, String second, DateValue period) {
    }

    private final List<Problem> problems;
    private final List<Rate> rates = new ArrayList<>();
    private final Map<Key, Rate> byKey = new HashMap<>();
    private final Map<Rate, TableRow> rowOf = new HashMap<>();

    RateReader(List<Problem> problems) {
        this.problems = problems;
    }

    void read(List<TableRow> rows) {
        for (TableRow row : rows) {
            int before = problems.size();
            Optional<Rate> rate = readRow(row);
            if (problems.size() == before && rate.isPresent()) {
                add(row, rate.get());
            }
        }
    }

    List<Rate> rates() {
        return List.copyOf(rates);
    }

    private Optional<Rate> readRow(TableRow row) {
        Optional<String> currency = currency(row, "currency");
        Optional<String> base = currency(row, "base");
        if (currency.isPresent() && currency.equals(base)) {
            problems.add(row.error(ReferenceProblems.SAME_CURRENCY, "base",
                    ReferenceProblems.sameCurrency(currency.get())));
        }
        Optional<BigDecimal> rate = rate(row);
        Optional<DateValue> period = period(row);
        LocalDate vintage = ValueCells.vintage(row, problems);
        if (row.isEmpty("source")) {
            problems.add(row.error(ReferenceProblems.MISSING_SOURCE, "source", ReferenceProblems.missingSource()));
        }
        if (currency.isEmpty() || base.isEmpty() || currency.equals(base) || rate.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rate(currency.get(), base.get(), rate.get(), period.get(), row.text("source"),
                vintage, row.text("note"), row.table().fileName(), row.line()));
    }

    private Optional<String> currency(TableRow row, String column) {
        String text = row.text(column);
        if (text.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, column,
                    ReferenceProblems.emptyCell(column, "a currency code such as USD")));
            return Optional.empty();
        }
        Optional<Unit> unit = Units.currency(text);
        if (unit.isEmpty()) {
            problems.add(row.error(ReferenceProblems.UNKNOWN_CURRENCY, column,
                    ReferenceProblems.unknownCurrency(text, KnownUnits.currencies())));
        }
        return unit.map(Unit::code);
    }

    private Optional<BigDecimal> rate(TableRow row) {
        String text = row.text("rate");
        if (text.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "rate",
                    ReferenceProblems.emptyCell("rate", "units of currency per one unit of base, such as 0.8455")));
            return Optional.empty();
        }
        if (!DECIMAL.matcher(text).matches()) {
            problems.add(row.error(ReferenceProblems.BAD_RATE, "rate",
                    ReferenceProblems.badRate(text, "it is not a plain decimal number")));
            return Optional.empty();
        }
        BigDecimal rate = new BigDecimal(text);
        if (rate.signum() == 0) {
            problems.add(row.error(ReferenceProblems.BAD_RATE, "rate", ReferenceProblems.badRate(text, "it is zero")));
            return Optional.empty();
        }
        return Optional.of(rate);
    }

    private Optional<DateValue> period(TableRow row) {
        String text = row.text("period");
        if (text.isEmpty()) {
            problems.add(row.error(ReferenceProblems.EMPTY_CELL, "period",
                    ReferenceProblems.emptyCell("period", "the year or month the average covers, such as 2021")));
            return Optional.empty();
        }
        try {
            Value value = ValueGrammar.parse(text);
            if (value instanceof DateValue date
                    && (date.granularity() == Granularity.YEAR || date.granularity() == Granularity.MONTH)) {
                return Optional.of(date);
            }
        } catch (ValueFormatException e) {
            // reported below with the forms a rate period may take
        }
        problems.add(row.error(ReferenceProblems.BAD_PERIOD, "period", ReferenceProblems.badRatePeriod(text)));
        return Optional.empty();
    }


    /** Keeps the first rate of each pair and period; a later one is a duplicate or a conflict. */
    private void add(TableRow row, Rate rate) {
        boolean ordered = rate.currency().compareTo(rate.base()) < 0;
        Key key = ordered ? new Key(rate.currency(), rate.base(), rate.period())
                : new Key(rate.base(), rate.currency(), rate.period());
        Rate first = byKey.putIfAbsent(key, rate);
        if (first == null) {
            rates.add(rate);
            rowOf.put(rate, row);
            return;
        }
        boolean inverse = !first.currency().equals(rate.currency());
        String firstRow = rowOf.get(first).locate();
        if (inverse ? agreeInverted(first, rate) : first.rate().compareTo(rate.rate()) == 0) {
            problems.add(row.rowError(ReferenceProblems.DUPLICATE_RATE, ReferenceProblems.duplicateRate(firstRow,
                    inverse)));
        } else {
            problems.add(row.rowError(ReferenceProblems.CONFLICTING_RATES,
                    ReferenceProblems.conflictingRates(firstRow, first.describe(), rate.describe())));
        }
    }

    private static boolean agreeInverted(Rate a, Rate b) {
        return a.rate().multiply(b.rate()).subtract(BigDecimal.ONE).abs().compareTo(INVERSE_AGREEMENT) <= 0;
    }
}
