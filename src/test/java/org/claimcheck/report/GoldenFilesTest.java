package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every structured format with its reviewed golden file under src/test/resources/report/golden/.
 * Run with {@code -Dgolden.update=true} to rewrite the files after a deliberate change, then review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Paths.get("src/test/resources/report/golden");
    private static final Set<ReportFormat> STRUCTURED = EnumSet.complementOf(EnumSet.of(ReportFormat.HTML));

    static Stream<Arguments> cases() {
        return Scenarios.all().stream().filter(Scenarios.Scenario::golden)
                .flatMap(s -> STRUCTURED.stream().map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void matchesReviewedGoldenFile(Scenarios.Scenario scenario, ReportFormat format) throws IOException {
        String actual = Render.render(format, scenario.run());
        Path golden = GOLDEN.resolve(scenario.name()).resolve(goldenName(format));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + "; run with -Dgolden.update=true and review it");
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    private static String goldenName(ReportFormat format) {
        return format.findFileName().orElse(format.label() + ".txt");
    }
}
