package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress in a CI log: a plain line about every ten seconds, driven by an injected clock. */
class LogProgressTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final StringWriter err = new StringWriter();
    private final LogProgress progress = new LogProgress(new PrintWriter(err, true), clock::get, false);

    private void advance(long seconds) {
        clock.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    private List<String> lines() {
        return err.toString().lines().toList();
    }

    @Test
    void printsNothingDuringTheFirstTenSeconds() {
        progress.started(100);
        advance(3);
        progress.inputDone("a.md", 12);
        advance(6);
        progress.inputDone("b.md", 8);
        progress.tick();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsInputsClaimsRateAndTimeLeftEveryTenSeconds() {
        progress.started(1000);
        for (int i = 0; i < 40; i++) {
            advance(0);
            progress.inputDone("a" + i + ".md", 25);
        }
        advance(10);
        progress.tick();
        advance(4);
        progress.inputDone("late.md", 5);

        assertThat(lines()).containsExactly(
                "claimcheck: 40/1,000 inputs, 1,000 claims, 4.0 inputs/s, 10s elapsed, ETA 4m00s");

        advance(6);
        progress.tick();
        assertThat(lines()).hasSize(2).last()
                .isEqualTo("claimcheck: 41/1,000 inputs, 1,005 claims, 2.1 inputs/s, 20s elapsed, ETA 7m48s");
    }

    @Test
    void staysVisiblyAliveWhileOneLongInputIsAnalysed() {
        progress.started(2);
        advance(11);
        progress.tick();
        advance(10);
        progress.tick();

        assertThat(lines()).containsExactly(
                "claimcheck: 0/2 inputs, 0 claims, 0.0 inputs/s, 11s elapsed, ETA unknown",
                "claimcheck: 0/2 inputs, 0 claims, 0.0 inputs/s, 21s elapsed, ETA unknown");
    }

    @Test
    void writesDurationsInHoursMinutesAndSeconds() {
        assertThat(LogProgress.duration(59)).isEqualTo("59s");
        assertThat(LogProgress.duration(61)).isEqualTo("1m01s");
        assertThat(LogProgress.duration(3 * 3600 + 5 * 60 + 9)).isEqualTo("3h05m");
    }
}
