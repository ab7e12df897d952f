package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.claimcheck.reference.TableErrorsTest.assertProblem;

import java.nio.file.Path;
import org.claimcheck.value.ValueFormatException;
import org.claimcheck.value.ValueGrammar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems inside rows, each with its code, exact message and the column of the cell. Row 2 of the fixture's
 * facts table is an event ({@code began-operations}), row 3 a measure ({@code trade}).
 */
class RowErrorsTest {

    private static final String EVENT_ROW = "power-of-siberia,began-operations,%s,%s,%s,%s,%s,\n";
    private static final String MEASURE_ROW = "russia-china-trade,trade,%s,%s,%s,%s,%s,\n";
    private static final String TOLERANCE_FORMS =
            "expected empty, a relative band such as 2% or an amount in the value's unit such as 0.5 billion USD";

    @TempDir
    Path dir;

    private TableFixture event(String value, String period, String tolerance, String source, String vintage) {
        return new TableFixture(dir).withFacts(String.format(EVENT_ROW, value, period, tolerance, source, vintage));
    }

    private TableFixture measure(String value, String period, String tolerance, String source, String vintage) {
        return new TableFixture(dir).withFacts(
                String.format(EVENT_ROW, "2019-12-02", "", "", "https://example.org/launch", "2019-12-02")
                        + String.format(MEASURE_ROW, value, period, tolerance, source, vintage));
    }

    private String facts() {
        return dir.resolve("facts.csv").toString();
    }

    @Test
    void reportsAnEmptyRequiredCellAndWhatBelongsThere() {
        TableFixture tables = event("", "", "", "https://example.org/launch", "2019-12-02");

        assertProblem(tables.onlyProblem(), "empty-cell", facts(), 2, 35, "empty cell in required column \"value\":"
                + " expected a date such as 2001-07-16 or an amount such as 146.88 billion USD");
    }

    @Test
    void reportsAnEmptySubjectId() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv", TableFixture.SUBJECTS + ",Nameless,,\n");

        assertProblem(tables.onlyProblem(), "empty-cell", dir.resolve("subjects.csv").toString(), 4, 1,
                "empty cell in required column \"subject_id\": expected a kebab-case id such as power-of-siberia");
    }

    @Test
    void reportsAnIdThatIsNotKebabCase() {
        TableFixture tables = new TableFixture(dir)
                .with("subjects.csv", TableFixture.SUBJECTS + "Power Of Siberia 2,Power of Siberia 2,,\n");

        assertProblem(tables.onlyProblem(), "bad-id", dir.resolve("subjects.csv").toString(), 4, 1,
                "subject id \"Power Of Siberia 2\" is not kebab-case: expected lowercase letters, digits and single"
                        + " hyphens, such as power-of-siberia");
    }

    @Test
    void reportsAnUnknownKind() {
        TableFixture tables = new TableFixture(dir)
                .with("attributes.csv", TableFixture.ATTRIBUTES + "signed,evnt,signed|signing,\n");

        assertProblem(tables.onlyProblem(), "bad-kind", dir.resolve("attributes.csv").toString(), 4, 8,
                "unknown kind \"evnt\": expected event or measure");
    }

    @Test
    void passesOnTheGrammarsOwnMessageAndIndexForAnUnreadableValue() {
        ValueFormatException grammar = catchThrowableOfType(ValueFormatException.class,
                () -> ValueGrammar.parse("2019-13-45"));
        TableFixture tables = event("2019-13-45", "", "", "https://example.org/launch", "2019-12-02");

        assertThat(grammar.getMessage()).contains("at character " + (grammar.index() + 1));
        assertProblem(tables.onlyProblem(), "bad-value", facts(), 2, 35, "cannot read value \"2019-13-45\": "
                + grammar.getMessage());
    }

    @Test
    void addsTheCharacterWhenTheGrammarsMessageDoesNotNameIt() {
        assertThat(ReferenceProblems.grammar(new ValueFormatException("expected a digit", 3)))
                .isEqualTo("expected a digit (at character 4)");
        assertThat(ReferenceProblems.grammar(new ValueFormatException("x at character 4: expected y", 3)))
                .isEqualTo("x at character 4: expected y");
    }

    @Test
    void listsTheUnitsByTheirCodes() {
        assertThat(KnownUnits.list()).startsWith("km, ").contains(", bcm, ", ", %, ", ", USD, EUR")
                .doesNotContain(", ,");
    }

    @Test
    void namesAnUnknownUnitAndTheUnitsThatExist() {
        TableFixture tables = measure("146.88 billion bananas", "2021", "", "https://example.org/trade",
                "2022-01-14");

        assertProblem(tables.onlyProblem(), "unknown-unit", facts(), 3, 26,
                "unknown unit \"bananas\" in value \"146.88 billion bananas\": expected one of " + KnownUnits.list());
    }

    @Test
    void suggestsTheClosestSubjectIdForATypo() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "power-of-siberai,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "unknown-subject", facts(), 2, 1, "unknown subject \"power-of-siberai\":"
                + " expected an id from the subjects table; did you mean \"power-of-siberia\"?");
    }

    @Test
    void suggestsTheSubjectAnAliasBelongsTo() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "Sila Sibiri,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "unknown-subject", facts(), 2, 1, "unknown subject \"Sila Sibiri\":"
                + " expected an id from the subjects table; did you mean \"power-of-siberia\"?");
    }

    @Test
    void suggestsNothingWhenNoSubjectIsClose() {
        TableFixture tables = new TableFixture(dir).withFacts(
                "treaty-of-versailles,began-operations,1919-06-28,,,https://example.org/t,2019-12-02,\n");

        assertProblem(tables.onlyProblem(), "unknown-subject", facts(), 2, 1,
                "unknown subject \"treaty-of-versailles\": expected an id from the subjects table");
    }

    @Test
    void suggestsTheClosestAttributeOrTheOneAPhraseBelongsTo() {
        TableFixture typo = new TableFixture(dir).withFacts(
                "power-of-siberia,began-operation,2019-12-02,,,https://example.org/launch,2019-12-02,\n");
        assertProblem(typo.onlyProblem(), "unknown-attribute", facts(), 2, 18, "unknown attribute"
                + " \"began-operation\": expected an id from the attributes table; did you mean \"began-operations\"?");

        TableFixture phrase = new TableFixture(dir).withFacts(
                "power-of-siberia,came online,2019-12-02,,,https://example.org/launch,2019-12-02,\n");
        assertProblem(phrase.onlyProblem(), "unknown-attribute", facts(), 2, 18, "unknown attribute"
                + " \"came online\": expected an id from the attributes table; did you mean \"began-operations\"?");
    }

    @Test
    void refusesAnAmountForAnEvent() {
        TableFixture tables = event("146.88 billion USD", "", "", "https://example.org/launch", "2019-12-02");

        assertProblem(tables.onlyProblem(), "kind-mismatch", facts(), 2, 35, "attribute \"began-operations\" is an"
                + " event, so its value must be a date: found the amount \"146.88 billion USD\"");
    }

    @Test
    void refusesADateForAMeasure() {
        TableFixture tables = measure("2019-12", "2021", "", "https://example.org/trade", "2022-01-14");

        assertProblem(tables.onlyProblem(), "kind-mismatch", facts(), 3, 26, "attribute \"trade\" is a measure,"
                + " so its value must be an amount: found the date \"2019-12\"");
    }

    @Test
    void refusesAPeriodOnAnEvent() {
        TableFixture tables = event("2019-12-02", "2019", "", "https://example.org/launch", "2019-12-02");

        assertProblem(tables.onlyProblem(), "event-with-period", facts(), 2, 46, "attribute \"began-operations\" is"
                + " an event: expected an empty period (its date goes in value), found \"2019\"");
    }

    @Test
    void refusesAPeriodThatIsNotADate() {
        TableFixture tables = measure("146.88 billion USD", "5 km", "", "https://example.org/trade", "2022-01-14");

        assertProblem(tables.onlyProblem(), "bad-period", facts(), 3, 45,
                "period \"5 km\" is not a date: expected a date or period such as 2021, 2022-Q3 or 2019-12");
    }

    @Test
    void passesOnTheGrammarsMessageForAnUnreadablePeriod() {
        ValueFormatException grammar = catchThrowableOfType(ValueFormatException.class,
                () -> ValueGrammar.parse("sometime"));
        TableFixture tables = measure("146.88 billion USD", "sometime", "", "https://example.org/trade",
                "2022-01-14");

        assertProblem(tables.onlyProblem(), "bad-period", facts(), 3, 45, "cannot read period \"sometime\": "
                + grammar.getMessage() + "; expected a date or period such as 2021, 2022-Q3 or 2019-12");
    }

    @Test
    void refusesAToleranceInAnotherUnit() {
        TableFixture tables = measure("146.88 billion USD", "2021", "5 km", "https://example.org/trade",
                "2022-01-14");

        assertProblem(tables.onlyProblem(), "bad-tolerance", facts(), 3, 50,
                "bad tolerance \"5 km\": its unit km does not match the value's unit USD; " + TOLERANCE_FORMS);
    }

    @Test
    void refusesAToleranceOnAnEvent() {
        TableFixture tables = event("2019-12-02", "", "2%", "https://example.org/launch", "2019-12-02");

        assertProblem(tables.onlyProblem(), "bad-tolerance", facts(), 2, 47, "bad tolerance \"2%\": attribute"
                + " \"began-operations\" is an event, and dates take no tolerance; " + TOLERANCE_FORMS);
    }

    @Test
    void refusesAToleranceThatIsADate() {
        TableFixture tables = measure("146.88 billion USD", "2021", "2021", "https://example.org/trade",
                "2022-01-14");

        assertProblem(tables.onlyProblem(), "bad-tolerance", facts(), 3, 50,
                "bad tolerance \"2021\": it is not an amount; " + TOLERANCE_FORMS);
    }

    @Test
    void refusesANegativeTolerance() {
        TableFixture tables = measure("146.88 billion USD", "2021", "-2%", "https://example.org/trade", "2022-01-14");

        assertProblem(tables.onlyProblem(), "bad-tolerance", facts(), 3, 50,
                "bad tolerance \"-2%\": it is negative; " + TOLERANCE_FORMS);
    }

    @Test
    void refusesAVintageThatIsNotARealDate() {
        TableFixture tables = event("2019-12-02", "", "", "https://example.org/launch", "2019-12-32");

        assertProblem(tables.onlyProblem(), "bad-vintage", facts(), 2, 75,
                "cannot read vintage \"2019-12-32\": expected a date yyyy-mm-dd such as 2024-01-12");
    }

    @Test
    void refusesAFactWithoutSource() {
        TableFixture tables = event("2019-12-02", "", "", "", "2019-12-02");

        assertProblem(tables.onlyProblem(), "missing-source", facts(), 2, 48,
                "missing source: expected a URL or a citation saying where the value comes from");
    }

    @Test
    void reportsEveryProblemOfARowSortedByColumn() {
        TableFixture tables = event("146.88 billion USD", "2019", "", "", "soon");

        assertThat(tables.load().problems()).extracting(p -> p.code() + "@" + p.position())
                .containsExactly("kind-mismatch@2:35", "event-with-period@2:54", "missing-source@2:60",
                        "bad-vintage@2:61");
    }
}
