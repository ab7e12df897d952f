package org.claimcheck.series.owid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorMetadataTest {

    @TempDir
    Path dir;

    @Test
    void readsEachDescriptionWithTheLineItStartsOn() throws Exception {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, OwidFixture.METADATA);

        assertThat(IndicatorMetadata.read(file)).containsExactly(
                new Indicator("unemployment-rate.csv", "Unemployment Rate", "Share of the labour force without work.",
                        "%", 2, 3),
                new Indicator("new-series.csv", "Share of the population with access to pianos (estimated)",
                        "Not in the vocabulary.", "% of population", 8, 3));
    }

    @Test
    void refusesADescriptionWithoutATitleAtItsLine() throws Exception {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "[\n  {\"filename\": \"a.csv\", \"unit\": \"%\"}\n]\n");

        assertThatThrownBy(() -> IndicatorMetadata.read(file)).hasMessage(file + ":2:3: error: series description"
                + " without \"title\": expected a non-empty string");
    }

    @Test
    void refusesMalformedJsonAtThePlaceTheParserStopped() throws Exception {
        Path file = dir.resolve("metadata.json");
        Files.writeString(file, "[\n  {\"filename\": \"a.csv\",, }\n]\n");

        assertThatThrownBy(() -> IndicatorMetadata.read(file)).hasMessageStartingWith(file + ":2:")
                .hasMessageContaining("error: malformed JSON");
    }

    @Test
    void refusesAFileDescribedTwice() throws Exception {
        Path file = dir.resolve("metadata.json");
        String entry = "{\"filename\": \"a.csv\", \"title\": \"A\", \"unit\": \"%\"}";
        Files.writeString(file, "[\n" + entry + ",\n" + entry + "\n]\n");

        assertThatThrownBy(() -> IndicatorMetadata.read(file)).hasMessage(file + ":3:1: error: \"a.csv\" is"
                + " described twice (first at line 2): expected one description per file");
    }
}
