package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.claimcheck.extract.Claim;
import org.claimcheck.places.Group;
import org.claimcheck.places.Place;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.YearlyPoint;

/**
 * One reading of a statistical claim: the place, the series, the years, and the figure as stated (null for a
 * date that carries a trend or record, "has been decreasing since 2005"), with what the rules need to explain
 * their verdict. {@code text} is the sentence in lower case, for the rules' cue words.
 */
record Reading(Claim claim, String text, Place place, SeriesAttribute attribute, Figures series,
        ClaimedPeriod period, StatedFigure figure, Optional<Group> rankGroup, LocalDate published,
        SeriesIndex index) {

    static Reading of(Claim claim, Place place, SeriesAttribute attribute, Figures figures, SeriesIndex index,
            ClaimedPeriod period, StatedFigure figure, Optional<Group> rankGroup, LocalDate published) {
        return new Reading(claim, claim.sentence().toLowerCase(Locale.ROOT), place, attribute, figures, period,
                figure, rankGroup, published, index);
    }

    List<YearlyPoint> between(int from, int to) {
        return series.between(from, to);
    }

    OptionalDouble in(int year) {
        return series.in(year);
    }

    /**
     * The figures a present-tense claim speaks of: the latest year before the publication year and the one
     * before it, since a year's figures come out after it ends and often a year later still; none older than
     * three years before publication.
     */
    List<YearlyPoint> latest() {
        int year = published == null ? Integer.MAX_VALUE : published.getYear();
        List<YearlyPoint> before = series.between(year - 3, year - 1);
        return before.size() <= 2 ? before : before.subList(before.size() - 2, before.size());
    }

    boolean says(String regex) {
        return java.util.regex.Pattern.compile("\\b(" + regex + ")\\b").matcher(text).find();
    }

    String unit() {
        String u = attribute.unit();
        return u.equals("%") || u.startsWith("% ") ? "%" : " " + u;
    }

    String show(double v) {
        return StatedFigure.format(v) + unit();
    }

    String show(List<YearlyPoint> points) {
        return points.stream().map(p -> show(p.value()) + " in " + p.year()).collect(Collectors.joining(", "));
    }

    /** "claims “more than 25%” of adult obesity for United Kingdom (now)": how the claim was read. */
    String claimed() {
        String what = figure == null ? "\u201c" + claim.text() + "\u201d" : figure.said();
        return "claims " + what + " for " + place.name() + " (" + period.said() + ")";
    }

    String seriesName() {
        return attribute.title() + ", " + place.name();
    }

    /**
     * The finding of {@code rule} on these figures. A rule's comparison leaves a claim undecided only when the
     * figure lies within the margin a revision of the series could move it ({@link StatedFigure#judge}), so an
     * unverifiable outcome rests on that margin rather than on the rule.
     */
    StatisticalFinding finding(Ground rule, Outcome outcome, String figures, String reason, String years) {
        String line = claimed() + "; " + seriesName() + ": " + figures + " \u2014 "
                + outcome.name().toLowerCase(Locale.ROOT) + (reason.isEmpty() ? "" : ": " + reason);
        Ground ground = outcome == Outcome.UNVERIFIABLE ? Ground.WITHIN_REVISION_MARGIN : rule;
        return new StatisticalFinding(outcome, ground, line, List.of(new SeriesEvidence(attribute.file(),
                attribute.id(), attribute.title(), place.code(), place.name(), years, figures, series.source(),
                attribute.vintage())));
    }

    StatisticalFinding unverifiable(Ground ground, String reason) {
        return new StatisticalFinding(Outcome.UNVERIFIABLE, ground, claimed() + "; " + seriesName() + ": " + reason,
                List.of());
    }
}
