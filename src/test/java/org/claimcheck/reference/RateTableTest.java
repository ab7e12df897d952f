package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.reference.TableErrorsTest.assertProblem;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.value.DateValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rates table: recognised by its header, optional, and validated row by row with the compiler-style
 * position of the offending cell. Columns: currency 1, base 5, rate 9, period 16, source 21 in the good row.
 */
class RateTableTest {

    private static final String GOOD = "EUR,USD,0.8455,2021,https://example.org/ecb,2022-01-03,annual average\n";
    private static final String CODES = "USD, EUR, GBP, CNY, RUB, JPY, INR";

    @TempDir
    Path dir;

    private String rates() {
        return dir.resolve("rates.csv").toString();
    }

    @Test
    void loadsARatesTableRecognisedByItsHeaderWhateverItsName() {
        LoadResult result = new TableFixture(dir)
                .with("fx-annual.csv", TableFixture.RATES_HEADER + GOOD
                        + "CNY,USD,6.4508,2021-03,https://example.org/g5,,monthly\n")
                .load();

        assertThat(result.problems()).isEmpty();
        List<Rate> rates = result.index().rates();
        assertThat(rates).hasSize(2);
        Rate first = rates.get(0);
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.base()).isEqualTo("USD");
        assertThat(first.rate()).isEqualByComparingTo("0.8455");
        assertThat(first.period()).isEqualTo(DateValue.year(2021));
        assertThat(first.vintage()).isEqualTo(LocalDate.of(2022, 1, 3));
        assertThat(first.table()).isEqualTo("fx-annual.csv");
        assertThat(first.line()).isEqualTo(2);
        assertThat(rates.get(1).period()).isEqualTo(DateValue.month(2021, 3));
    }

    @Test
    void needsNoRatesTable() {
        assertThat(new TableFixture(dir).load().problems()).isEmpty();
    }

    @Test
    void readsLowerCaseCodesAsTheirIsoCode() {
        LoadResult result = new TableFixture(dir).withRates("eur,usd,0.8455,2021,https://example.org/ecb,,\n").load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.index().rates().get(0).currency()).isEqualTo("EUR");
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            XEU,USD,0.8455,2021,https://example.org/ecb,,   | unknown-currency | 1  | unknown currency "XEU": expected the ISO code of one of USD, EUR, GBP, CNY, RUB, JPY, INR
            EUR,dollar,0.8455,2021,https://example.org/ecb,,| unknown-currency | 5  | unknown currency "dollar": expected the ISO code of one of USD, EUR, GBP, CNY, RUB, JPY, INR
            EUR,EUR,1,2021,https://example.org/ecb,,        | same-currency    | 5  | currency and base are both EUR: expected two different currencies
            EUR,USD,0,2021,https://example.org/ecb,,        | bad-rate         | 9  | bad rate "0": it is zero; expected a positive decimal number of currency units per one unit of base, such as 0.8455
            EUR,USD,-0.8455,2021,https://example.org/ecb,,  | bad-rate         | 9  | bad rate "-0.8455": it is not a plain decimal number; expected a positive decimal number of currency units per one unit of base, such as 0.8455
            EUR,USD,0.84 EUR,2021,https://example.org/ecb,, | bad-rate         | 9  | bad rate "0.84 EUR": it is not a plain decimal number; expected a positive decimal number of currency units per one unit of base, such as 0.8455
            EUR,USD,,2021,https://example.org/ecb,,         | empty-cell       | 9  | empty cell in required column "rate": expected units of currency per one unit of base, such as 0.8455
            EUR,USD,0.8455,2021-Q3,https://example.org/ecb,,| bad-period       | 16 | rate period "2021-Q3" is not a year or a month: expected a year such as 2021 or a month such as 2021-03
            EUR,USD,0.8455,2020s,https://example.org/ecb,,  | bad-period       | 16 | rate period "2020s" is not a year or a month: expected a year such as 2021 or a month such as 2021-03
            EUR,USD,0.8455,last year,https://example.org/ecb,, | bad-period    | 16 | rate period "last year" is not a year or a month: expected a year such as 2021 or a month such as 2021-03
            EUR,USD,0.8455,,https://example.org/ecb,,       | empty-cell       | 16 | empty cell in required column "period": expected the year or month the average covers, such as 2021
            EUR,USD,0.8455,2021,,,                          | missing-source   | 21 | missing source: expected a URL or a citation saying where the value comes from
            EUR,USD,0.8455,2021,https://example.org/ecb,3 Jan 2022, | bad-vintage | 45 | cannot read vintage "3 Jan 2022": expected a date yyyy-mm-dd such as 2024-01-12
            """)
    void reportsEachKindOfBadRowAtItsCell(String row, String code, int column, String message) {
        TableFixture tables = new TableFixture(dir).withRates(row + "\n");

        assertProblem(tables.onlyProblem(), code, rates(), 2, column, message);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR,USD,0.8455,2021,https://example.org/other,, | duplicate-rate    | duplicate rate: RATES:2 gives the same rate for the same currencies and period; expected each rate once (the inverse is derived)
            USD,EUR,1.1827,2021,https://example.org/other,, | duplicate-rate    | duplicate rate: RATES:2 gives the inverse for the same currencies and period; expected each rate once (the inverse is derived)
            EUR,USD,0.85,2021,https://example.org/other,,   | conflicting-rates | conflicting rates: RATES:2 gives "0.8455 EUR per USD" for the same currencies and period, this row gives "0.85 EUR per USD"; expected one rate per pair of currencies and period
            USD,EUR,1.2,2021,https://example.org/other,,    | conflicting-rates | conflicting rates: RATES:2 gives "0.8455 EUR per USD" for the same currencies and period, this row gives "1.2 USD per EUR"; expected one rate per pair of currencies and period
            """)
    void reportsASecondRateForThePairAndPeriodEitherWayRound(String row, String code, String message) {
        TableFixture tables = new TableFixture(dir).withRates(GOOD + row + "\n");

        assertProblem(tables.onlyProblem(), code, rates(), 3, 1, message.replace("RATES", rates()));
    }

    @Test
    void keepsAMonthlyAndAnAnnualRateOfTheSamePairApart() {
        LoadResult result = new TableFixture(dir)
                .withRates(GOOD + "EUR,USD,0.8400,2021-06,https://example.org/ecb,,\n").load();

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void namesAMissingColumnOfTheRatesTable() {
        TableFixture tables = new TableFixture(dir)
                .with("rates.csv", "currency,base,rate,source,vintage,note\nEUR,USD,0.8455,https://example.org,,\n");

        assertProblem(tables.onlyProblem(), "missing-column", rates(), 1, 1,
                "missing column \"period\": expected the columns of a rates table,"
                        + " currency,base,rate,period,source,vintage,note");
    }

    @Test
    void doesNotMistakeAFactsTableForARatesTable() {
        assertThat(TableKind.classify(List.of("subject_id", "attribute", "value", "period", "tolerance", "source",
                "vintage", "note"), "facts.csv")).contains(TableKind.FACTS);
        assertThat(TableKind.classify(List.of("currency", "base", "rate", "period", "source", "vintage", "note"),
                "facts.csv")).contains(TableKind.RATES);
    }

    @Test
    void rejectsARateRowThatCouldNotHaveBeenRead() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Rate("EUR", "USD", BigDecimal.ZERO,
                DateValue.year(2021), "s", null, "", "rates.csv", 2))).isInstanceOf(IllegalArgumentException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Rate("EUR", "USD", BigDecimal.ONE,
                DateValue.quarter(2021, 3), "s", null, "", "rates.csv", 2))).isInstanceOf(IllegalArgumentException.class);
    }
}
