package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What every format promises, checked on the same scenarios for each. */
class ReportContractTest {

    static Stream<Arguments> everyFormatAndScenario() {
        return Stream.of(ReportFormat.values())
                .flatMap(f -> Scenarios.all().stream().map(s -> Arguments.of(f, s)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFormatAndScenario")
    void rendersTheSameRunIdentically(ReportFormat format, Scenarios.Scenario scenario) {
        assertThat(Render.render(format, scenario.run())).isEqualTo(Render.render(format, scenario.run()));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFormatAndScenario")
    void writesNoAbsolutePathOrLocalDetail(ReportFormat format, Scenarios.Scenario scenario) {
        String out = Render.render(format, scenario.run());
        assertThat(out).doesNotContain(System.getProperty("user.dir"))
                .doesNotContain(System.getProperty("user.name") + "/")
                .doesNotContain(System.getProperty("java.io.tmpdir"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportFormat.class)
    void rendersAnEmptyRunAsAnEmptyReport(ReportFormat format) {
        String out = Render.render(format, Scenarios.empty());
        switch (format) {
            case GITHUB -> assertThat(out).isEmpty();
            case TEXT -> assertThat(out).isEqualTo("0 claims in 0 articles: 0 supported, 0 contradicted, "
                    + "0 possible-conflict, 0 unverifiable, 0 ambiguous; 0 problems\n");
            case MARKDOWN -> assertThat(out).contains("no contradicted claims", "0 claims in 0 articles");
            case JSON -> assertThat(out).contains("\"claims\": 0", "\"articles\": []");
            case SARIF -> assertThat(out).contains("\"results\": []", "\"executionSuccessful\": true");
            case JUNIT -> assertThat(out).contains("tests=\"0\"");
            case CSV -> assertThat(out).isEqualTo(String.join(",", CsvReport.HEADER) + "\n");
            case CLAIMREVIEW -> assertThat(out).contains("\"@graph\": []");
            case HTML -> assertThat(out).contains("No articles were checked.");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFormatAndScenario")
    void neutralisesHostileText(ReportFormat format, Scenarios.Scenario scenario) {
        String out = Render.render(format, scenario.run());
        HostileChecks.check(format, scenario.run(), out);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReportFormat.class, names = {"HTML", "JSON", "SARIF", "JUNIT", "MARKDOWN", "TEXT", "GITHUB"})
    void showsEveryInputProblem(ReportFormat format) {
        RunResult run = Scenarios.problems();
        String out = Render.render(format, run);
        assertThat(out).contains("invalid UTF-8 byte 0xC3 0x28", "the article has no title",
                "no such file; expected a readable file or directory");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReportFormat.class, names = {"HTML", "JSON", "SARIF", "JUNIT", "MARKDOWN", "CSV", "TEXT",
            "GITHUB", "CLAIMREVIEW"})
    void showsTheContradictedClaimWithItsExplanation(ReportFormat format) {
        String out = Render.render(format, Scenarios.everyVerdict());
        assertThat(out).contains("$147 billion")
                .contains(format == ReportFormat.MARKDOWN
                        ? "trade in 2021 was \\$146.88 billion"
                        : "trade in 2021 was $146.88 billion");
    }

    @Test
    void formatsThatListEveryClaimListAllVerdicts() {
        RunResult run = Scenarios.everyVerdict();
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.CSV, ReportFormat.JUNIT)) {
            String out = Render.render(format, run);
            for (String claim : List.of("2019", "$147 billion", "2003", "Last year",
                    "more than 10 billion cubic metres", "3,000 km", "2015")) {
                assertThat(out).as(format + " lists " + claim).contains(claim);
            }
        }
        assertThat(run.countByVerdict()).containsEntry(Verdict.UNVERIFIABLE, 2);
        assertThat(run.countByVerdict()).as("every verdict is in the scenario").doesNotContainValue(0);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReportFormat.class, names = "CLAIMREVIEW", mode = EnumSource.Mode.EXCLUDE)
    void showsThePossibleConflictWithItsReason(ReportFormat format) {
        String out = Render.render(format, Scenarios.everyVerdict());
        assertThat(out).contains("2015").contains("the subject was taken from the preceding sentence");
    }

    @Test
    void publishesNoClaimReviewOfAPossibleConflict() {
        String out = Render.render(ReportFormat.CLAIMREVIEW, Scenarios.everyVerdict());
        assertThat(out).contains("$147 billion").doesNotContain("the subject was taken from the preceding sentence");
    }
}
