package org.claimcheck.statistics;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.UnitKind;
import org.claimcheck.value.Amount;

/**
 * What a claim's figure can be compared with, and the figure in that series' unit: a percentage with a
 * percentage series, a ratio of counts too ("eight out of 10"), a one-to-many ratio ("1:600") with a series per
 * 1,000 people, a count with a count series, read per year when the text gives a rate ("3,000 a day", "10 every
 * hour": times 365.25 or 8,766), tonnes with tonnes, terawatt-hours with energy. {@code changes} marks a
 * percentage that states a change ("rose by 45%"), comparable with any series.
 */
record FigureReading(StatedFigure figure, UnitKind kind, boolean changes) {

    private static final Pattern RATE = Pattern.compile(
            "^[^,;]*?\\b(a|an|per|every|each)\\s+(day|hour|week|month|year)\\b");
    private static final Pattern RATE_BEFORE = Pattern.compile("\\b(daily|hourly)\\b");
    private static final Pattern DENOMINATOR = Pattern.compile("\\b(per|every|for every|in every|out of)\\s*$");
    private static final Pattern PER_N = Pattern.compile("^\\s*(?:[\\p{L}-]+\\s+){0,3}?per\\s+(100|1,000|1000|"
            + "thousand|10,000|100,000|million)\\b");
    private static final Pattern TWH = Pattern.compile("^\\s*(twh|terawatt[- ]hours?)\\b");

    static Optional<FigureReading> of(Claim claim, String before, String after, boolean changeWordBefore) {
        if (!(claim.value() instanceof Amount amount)) {
            return Optional.empty();
        }
        double v = amount.number().doubleValue();
        double half = amount.number().ulp().doubleValue() / 2;
        String said = "\u201c" + (claim.qualifier().name().equals("EXACT") ? "" : claim.qualifier().phrase() + " ")
                + claim.text() + "\u201d";
        if (claim.kind() == ClaimKind.PERCENT) {
            Optional<StatedFigure> perThousand = RatioText.perThousand(claim.text(), after, claim.qualifier());
            if (perThousand.isPresent()) {
                return Optional.of(new FigureReading(perThousand.get(), UnitKind.PER_1000, false));
            }
            StatedFigure f = RatioText.share(claim.text(), claim.qualifier())
                    .orElse(StatedFigure.of(v, half, claim.qualifier(), said));
            return Optional.of(new FigureReading(f, UnitKind.PERCENT, changeWordBefore));
        }
        String lower = after.toLowerCase(java.util.Locale.ROOT);
        // "per 1,000 people": the figure's denominator, not a figure of its own.
        if (DENOMINATOR.matcher(before.toLowerCase(java.util.Locale.ROOT)).find()) {
            return Optional.empty();
        }
        Matcher per = PER_N.matcher(lower);
        if (claim.kind() == ClaimKind.NUMBER && per.find()) {
            UnitKind kind = switch (per.group(1).replace(",", "")) {
                case "100" -> UnitKind.PER_100;
                case "1000", "thousand" -> UnitKind.PER_1000;
                case "10000" -> UnitKind.PER_10000;
                case "100000" -> UnitKind.PER_100000;
                default -> UnitKind.PER_MILLION;
            };
            return Optional.of(new FigureReading(StatedFigure.of(v, half, claim.qualifier(), said + " " + per.group()
                    .strip()), kind, false));
        }
        if (claim.kind() == ClaimKind.NUMBER) {
            if (TWH.matcher(lower).find()) {
                return Optional.of(new FigureReading(StatedFigure.of(v, half, claim.qualifier(), said + " TWh"),
                        UnitKind.ENERGY, false));
            }
            StatedFigure f = StatedFigure.of(v, half, claim.qualifier(), said);
            Matcher rate = RATE.matcher(lower);
            Matcher daily = RATE_BEFORE.matcher(before.toLowerCase(java.util.Locale.ROOT));
            String unit = rate.find() ? rate.group(2) : daily.find() ? daily.group(1).replace("ly", "")
                    .replace("dai", "day") : null;
            if (unit != null) {
                double factor = switch (unit) {
                    case "hour" -> 8766;
                    case "day" -> 365.25;
                    case "week" -> 365.25 / 7;
                    case "month" -> 12;
                    default -> 1;
                };
                f = f.times(factor, "a " + unit + " (\u00d7" + StatedFigure.format(factor)
                        + " a year)");
            }
            return Optional.of(new FigureReading(f, UnitKind.COUNT, false));
        }
        if (claim.kind() == ClaimKind.QUANTITY && amount.unit().dimension().equals("mass")) {
            // The mass dimension's base unit is the tonne.
            return Optional.of(new FigureReading(StatedFigure.of(amount.inBaseUnit().doubleValue(),
                    amount.statedPrecision().doubleValue() / 2, claim.qualifier(), said), UnitKind.TONNES, false));
        }
        return Optional.empty();
    }

    private static final Pattern BENCHMARK = Pattern.compile("(?i)\\b(recommend\\w*|target|benchmark|threshold|"
            + "standard|norm|goal)\\b");
    private static final Pattern BELOW = Pattern.compile("(?i)\\b(short of|below|under|less than|lower than|fewer than)\\b");
    private static final Pattern ABOVE = Pattern.compile("(?i)\\b(exceeds?|exceeded|above|more than|higher than|"
            + "surpass\\w*)\\b");

    /**
     * A figure named as a recommendation or target that the place is said to fall short of or exceed ("falls
     * far short of the WHO recommended ratio of 1:600") is a bound on the place's figure, not its level.
     */
    FigureReading againstBenchmark(String before) {
        Matcher named = BENCHMARK.matcher(before);
        if (!named.find()) {
            return this;
        }
        String head = before.substring(0, named.start());
        boolean below = BELOW.matcher(head).find();
        boolean above = ABOVE.matcher(head).find();
        if (below == above) {
            return this;
        }
        return new FigureReading(figure.asBenchmark(below ? -1 : 1), kind, changes);
    }

    private static final Pattern NEVER = Pattern.compile("(?i)\\b(never|not|no longer)\\b[^,;]*$");

    /** "Never dropping below a 60% share", "never exceeded 0.1%": the bound turned the other way. */
    FigureReading negatedAfter(String before) {
        return NEVER.matcher(before).find() ? new FigureReading(figure.negated(), kind, changes) : this;
    }

    /**
     * Whether a series of {@code a}'s kind can hold the figure. Zero is zero in any unit ("its output being zero":
     * no share, no tonnes, no deaths), so a plain zero fits every series.
     */
    boolean fits(SeriesAttribute a) {
        return changes || a.unitKind() == kind || kind == UnitKind.COUNT && figure.holds(0) && !figure.holds(1);
    }

    /** The figure in {@code a}'s stored unit (series stored in millions of a unit are scaled). */
    StatedFigure in(SeriesAttribute a) {
        return a.scale() == 1 || changes ? figure : figure.times(1 / a.scale(), "");
    }
}
