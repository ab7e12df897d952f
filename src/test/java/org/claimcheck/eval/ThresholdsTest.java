package org.claimcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimcheck.eval.EvalFixture.evaluate;
import static org.claimcheck.eval.EvalFixture.finding;
import static org.claimcheck.eval.EvalFixture.label;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    private static final LocatedLabel OPENED = label("December 2019").value(ClaimKind.DATE, "2019-12").located();
    private static final LocatedLabel FIVE = label("five years").value(ClaimKind.NUMBER, "5").located();
    private static final LocatedLabel TRADE = label("$147 billion").value(ClaimKind.MONEY, "147 billion USD")
            .expect(Expectation.SUPPORTED).located();

    /** Two of three claims found; one of the three flaggable claims contradicted. */
    private static EvalReport twoOfThree() {
        return evaluate(List.of(OPENED, FIVE, TRADE), List.of(finding("December 2019", "2019-12",
                Verdict.CONTRADICTED), finding("$147 billion", "147 billion USD", Verdict.SUPPORTED)));
    }

    @TempDir
    Path dir;

    @Test
    void recordsFloorsRoundedDownAndTheFalseFlagCeilingRoundedUp() {
        String recorded = Thresholds.record(twoOfThree());

        assertThat(recorded).contains("overall.recall = 0.666\n", "overall.precision = 1.000\n",
                "overall.falseFlagRate = 0.334\n", "DATE.recall = 1.000\n", "NUMBER.recall = 0.000\n");
        assertThat(recorded).doesNotContain("PERCENT.", "planted.");
    }

    @Test
    void passesOnTheLevelsItRecordedItself() throws IOException {
        Path file = dir.resolve("thresholds.properties");
        Files.writeString(file, Thresholds.record(twoOfThree()));

        assertThat(Thresholds.failures(twoOfThree(), Thresholds.read(file))).isEmpty();
    }

    @Test
    void failsWhenAFigureDropsBelowItsFloor() {
        EvalReport worse = evaluate(List.of(OPENED, FIVE, TRADE), List.of(finding("December 2019", "2019-12",
                Verdict.CONTRADICTED)));

        assertThat(Thresholds.failures(worse, Map.of("overall.recall", new BigDecimal("0.666"))))
                .containsExactly("overall.recall: 0.333 (1/3) is below its floor 0.666 (tolerance 0.005)");
    }

    @Test
    void toleratesAHeadlineFigureWithinTheToleranceOfItsFloor() {
        assertThat(Thresholds.failures(twoOfThree(), Map.of("overall.recall", new BigDecimal("0.671")))).isEmpty();
        assertThat(Thresholds.failures(twoOfThree(), Map.of("overall.recall", new BigDecimal("0.672")))).hasSize(1);
    }

    @Test
    void printsButDoesNotEnforceAFallOfAFigureByKind() {
        Map<String, BigDecimal> levels = Map.of("NUMBER.recall", new BigDecimal("1.000"));

        assertThat(Thresholds.failures(twoOfThree(), levels)).isEmpty();
        assertThat(Thresholds.drifts(twoOfThree(), levels))
                .containsExactly("NUMBER.recall: 0.000 (0/1) is below its floor 1.000");
    }

    @Test
    void failsWhenTheFalseFlagRateRisesAboveItsCeilingByAnything() {
        assertThat(Thresholds.failures(twoOfThree(), Map.of("overall.falseFlagRate", new BigDecimal("0.300"))))
                .containsExactly("overall.falseFlagRate: 0.333 (1/3) is above its ceiling 0.300");
        assertThat(Thresholds.failures(twoOfThree(), Map.of("overall.falseFlagRate", new BigDecimal("0.334"))))
                .isEmpty();
    }

    @Test
    void reportsARecordedFigureThatIsNoLongerMeasured() {
        assertThat(Thresholds.drifts(twoOfThree(), Map.of("PERCENT.recall", new BigDecimal("0.5"))))
                .containsExactly("PERCENT.recall: recorded at 0.5 but no longer measured");
    }

    @Test
    void refusesALevelThatIsNotANumber() throws IOException {
        Path file = dir.resolve("thresholds.properties");
        Files.writeString(file, "# levels\noverall.recall = high\n");

        assertThatThrownBy(() -> Thresholds.read(file)).hasMessageEndingWith(
                "level of overall.recall is \"high\": expected a number such as 0.512");
    }
}
