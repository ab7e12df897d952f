package org.claimcheck.eval;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ratchet: the level each figure has reached, recorded in a properties file, so that a change which
 * lowers any of them is noticed. Keys are {@code scope.figure} ("overall.precision", "DATE.recall") and
 * {@code planted.kind} for the planted errors found of one kind. Levels are recorded rounded down to three
 * decimals, except the false-flag rate and the review load, whose levels are ceilings and are rounded up.
 */
public final class Thresholds {

    private static final String PLANTED = "planted.";

    private Thresholds() {
    }

    /** Every figure of the report that has a value, by key, in report order. */
    public static Map<String, Ratio> figures(EvalReport report) {
        Map<String, Ratio> figures = new LinkedHashMap<>();
        report.tallies().forEach((scope, tally) -> {
            for (Figure f : Figure.values()) {
                figures.put(scope + "." + f.key(), f.of(tally));
            }
        });
        report.plantedByKind().forEach((kind, ratio) -> figures.put(PLANTED + kind, ratio));
        figures.values().removeIf(r -> r.value().isEmpty());
        return figures;
    }

    public static boolean isCeiling(String key) {
        return java.util.Arrays.stream(Figure.values())
                .anyMatch(f -> f.lowerIsBetter() && key.endsWith("." + f.key()));
    }

    /** The recorded levels in {@code file}. */
    public static Map<String, BigDecimal> read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, BigDecimal> levels = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).strip();
            try {
                levels.put(key, new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw new IOException(file + ": level of " + key + " is \"" + value + "\": expected a number such "
                        + "as 0.512", e);
            }
        }
        return levels;
    }

    /** One line per recorded figure that fell below its floor, rose above its ceiling, or is no longer measured. */
    public static List<String> failures(EvalReport report, Map<String, BigDecimal> levels) {
        Map<String, Ratio> figures = figures(report);
        List<String> failures = new ArrayList<>();
        levels.forEach((key, level) -> {
            Ratio now = figures.get(key);
            if (now == null) {
                failures.add(key + ": recorded at " + level + " but no longer measured");
                return;
            }
            BigDecimal value = BigDecimal.valueOf(now.value().getAsDouble());
            if (isCeiling(key) ? value.compareTo(level) > 0 : value.compareTo(level) < 0) {
                failures.add(key + ": " + now + (isCeiling(key) ? " is above its ceiling " : " is below its floor ")
                        + level);
            }
        });
        return failures;
    }

    /** The levels the report reaches, as the text of a thresholds file. */
    public static String record(EvalReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Quality ratchet for claimcheck eval: the levels the evaluation reaches on this set.\n")
                .append("# A change that lowers a figure (or raises a falseFlagRate or reviewLoad, ceilings) fails the build.\n")
                .append("# Floors are rounded down and ceilings up to three decimals.\n");
        figures(report).forEach((key, ratio) -> {
            RoundingMode mode = isCeiling(key) ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal level = BigDecimal.valueOf(ratio.value().getAsDouble()).setScale(3, mode);
            sb.append(key).append(" = ").append(level.toPlainString()).append('\n');
        });
        return sb.toString();
    }
}
