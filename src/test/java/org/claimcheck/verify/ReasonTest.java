package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcheck.statistics.Ground;
import org.junit.jupiter.api.Test;

/** The reason codes are stable identifiers: unique, kebab-case, and each documented once with its verdicts. */
class ReasonTest {

    private static final Path DOC = Path.of("docs/report-formats.md");
    /**
     * A row of the reason-code table: "| `code` | `verdict`, `verdict` | meaning |". No other table of the page
     * has a list of labels in its second column.
     */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ((?:`[a-z-]+`(?:, )?)+) \\| (.+) \\|$",
            Pattern.MULTILINE);

    @Test
    void codesAreUniqueAndKebabCase() {
        List<String> codes = Arrays.stream(Reason.values()).map(Reason::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case");
    }

    @Test
    void everyReasonHasAMeaningAndGoesWithSomeVerdict() {
        for (Reason reason : Reason.values()) {
            assertThat(reason.meaning()).as(reason.code()).isNotBlank();
            assertThat(reason.verdicts()).as(reason.code()).isNotEmpty();
        }
    }

    @Test
    void everyStatisticalGroundHasAReasonOfItsOwnThatGoesWithItsOutcomes() {
        Set<Ground> rules = EnumSet.of(Ground.LEVEL, Ground.CHANGE, Ground.TREND, Ground.RANK, Ground.RECORD,
                Ground.SPAN);
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        for (Ground ground : Ground.values()) {
            Reason reason = Statistics.reason(ground);
            assertThat(reasons.add(reason)).as("%s shares its reason", ground).isTrue();
            assertThat(reason.verdicts()).as(ground.name()).isEqualTo(rules.contains(ground)
                    ? EnumSet.of(Verdict.SUPPORTED, Verdict.CONTRADICTED) : EnumSet.of(Verdict.UNVERIFIABLE));
        }
    }

    @Test
    void everyCodeIsDocumentedWithItsVerdictsAndNothingElseIs() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOC));
        while (row.find()) {
            assertThat(documented.put(row.group(1), row.group(2))).as("documented twice: " + row.group(1)).isNull();
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (Reason reason : Reason.values()) {
            expected.put(reason.code(), reason.verdicts().stream().map(v -> "`" + v.label() + "`")
                    .collect(Collectors.joining(", ")));
        }
        assertThat(documented).containsExactlyEntriesOf(expected);
    }
}
