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
 * The ratchet: the level each figure has reached, recorded in a properties file. Keys are {@code scope.figure}
 * ("overall.precision", "DATE.recall") and {@code planted.kind} for the planted errors found of one kind. Levels
 * are recorded rounded down to three decimals, except the false-flag rate and the review load, whose levels are
 * ceilings and are rounded up.
 *
 * <p>Only the headline figures are enforced ({@link #HEADLINE}): a change that lowers one of them by more than
 * {@link #TOLERANCE} (about one claim of the bundled set), or adds any false flag, fails the build. The per-kind
 * and per-error-kind figures are recorded and their falls printed ({@link #drifts}), but trading one claim of a
 * kind for another of another kind does not fail the build.
 */
public final class Thresholds {

    private static final String PLANTED = "planted.";

    /** The enforced figures: extraction precision and recall, verdict accuracy, planted errors found, false flags, review load. */
    public static final java.util.Set<String> HEADLINE = java.util.Set.of("overall.precision", "overall.recall",
            "overall.verdictAccuracy", "overall.plantedRecall", "overall.falseFlagRate", "overall.reviewLoad");

    /** How far a headline figure may fall below its level (or rise above a ceiling) before the build fails. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    /** No tolerance here: a false flag on a correct claim is the error the gate exists to avoid. */
    private static final String STRICT = "overall.falseFlagRate";

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

    /**
     * One line per headline figure that fell below its floor or rose above its ceiling by more than the
     * tolerance (the false-flag rate by anything), or is no longer measured: these fail the build.
     */
    public static List<String> failures(EvalReport report, Map<String, BigDecimal> levels) {
        return compare(report, levels, true);
    }

    /** The same for the other recorded figures (by claim kind, by kind of planted error), at no tolerance: printed, not enforced. */
    public static List<String> drifts(EvalReport report, Map<String, BigDecimal> levels) {
        return compare(report, levels, false);
    }

    private static List<String> compare(EvalReport report, Map<String, BigDecimal> levels, boolean headline) {
        Map<String, Ratio> figures = figures(report);
        List<String> out = new ArrayList<>();
        levels.forEach((key, level) -> {
            if (HEADLINE.contains(key) != headline) {
                return;
            }
            Ratio now = figures.get(key);
            if (now == null) {
                out.add(key + ": recorded at " + level + " but no longer measured");
                return;
            }
            BigDecimal slack = headline && !key.equals(STRICT) ? TOLERANCE : BigDecimal.ZERO;
            BigDecimal value = BigDecimal.valueOf(now.value().getAsDouble());
            boolean worse = isCeiling(key) ? value.compareTo(level.add(slack)) > 0
                    : value.compareTo(level.subtract(slack)) < 0;
            if (worse) {
                out.add(key + ": " + now + (isCeiling(key) ? " is above its ceiling " : " is below its floor ")
                        + level + (slack.signum() > 0 ? " (tolerance " + slack + ")" : ""));
            }
        });
        return out;
    }

    /** The levels the report reaches, as the text of a thresholds file. */
    public static String record(EvalReport report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Quality ratchet for claimcheck eval: the levels the evaluation reaches on this set.\n")
                .append("# The build fails when a headline figure (overall precision, recall, verdictAccuracy, plantedRecall)\n")
                .append("# falls more than " + TOLERANCE + " below its level, the reviewLoad rises more than " + TOLERANCE
                        + " above it, or the falseFlagRate rises at all.\n")
                .append("# The other figures are recorded and their falls printed, not enforced.\n")
                .append("# Floors are rounded down and ceilings up to three decimals.\n");
        figures(report).forEach((key, ratio) -> {
            RoundingMode mode = isCeiling(key) ? RoundingMode.CEILING : RoundingMode.FLOOR;
            BigDecimal level = BigDecimal.valueOf(ratio.value().getAsDouble()).setScale(3, mode);
            sb.append(key).append(" = ").append(level.toPlainString()).append('\n');
        });
        return sb.toString();
    }
}
