package org.claimcheck.statistics;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.series.UnitKind;

/**
 * A change between the two ends of a span. "Rose by over 45% from 2000 to 2021", "decreased by about 85% between
 * 2014 and 2021": a relative change, in percent of the first year's figure, with its direction. "Surged from about
 * 1% to over 32% between 2012 and 2018": each figure at its end of the span. "Has increased to over 20% in the
 * last decade": the figure at the span's end, and a rise from its start. A share that "rose 3 points" is a change
 * in percentage points, which a percentage series reads directly.
 */
final class ChangeRule implements Rule {

    private static final String UP = "increased|increase|increasing|rose|risen|rise|grew|grown|growing|surged|"
            + "climbed|enhanced|jumped|went up";
    private static final String DOWN = "decreased|decrease|decreasing|fell|fallen|fall|dropped|declined|decline|"
            + "shrank|went down|cut|reduced";

    /** A change compounds revisions of both ends and the choice of base year: 10 % of it. */
    private static final double CHANGE_MARGIN = 0.10;

    @Override
    public Optional<StatisticalFinding> judge(Reading r) {
        ClaimedPeriod p = r.period();
        if (r.figure() == null || p.kind() == ClaimedPeriod.Kind.YEAR || p.kind() == ClaimedPeriod.Kind.PRESENT
                || p.kind() == ClaimedPeriod.Kind.BEFORE) {
            return Optional.empty();
        }
        String before = r.text().substring(0, r.claim().span().start() - r.claim().sentenceSpan().start());
        int direction = r.says(UP) ? 1 : r.says(DOWN) ? -1 : 0;
        if (direction == 0 || p.own()) {
            // A figure with a span of its own is that span's, judged by SpanRule; "increased from … to …" only
            // says how the figures of two spans compare.
            return Optional.empty();
        }
        // A change "since 2010" runs to the latest figure before the publication year.
        int end = p.kind() == ClaimedPeriod.Kind.SINCE && r.published() != null
                ? r.between(p.from(), r.published().getYear() - 1).stream().mapToInt(pt -> pt.year()).max()
                        .orElse(p.to())
                : p.to();
        OptionalDouble first = r.in(p.from());
        OptionalDouble last = r.in(end);
        boolean relative = r.claim().kind() == ClaimKind.PERCENT
                && (Pattern.compile("\\b(by|" + UP + "|" + DOWN + ")\\s+(over|more than|about|around|nearly|almost|"
                + "some|roughly|only|just|at least)?\\s*$").matcher(before).find());
        boolean points = r.says("points|percentage points");
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.of(r.unverifiable(Ground.NO_FIGURE_FOR_YEAR,
                    "no figure for " + (first.isEmpty() ? p.from() : end) + ", an end of the change"));
        }
        double a = first.getAsDouble();
        double b = last.getAsDouble();
        String shown = r.show(a) + " in " + p.from() + ", " + r.show(b) + " in " + end;
        if (relative && !(points && r.attribute().unitKind() == UnitKind.PERCENT)) {
            if (a == 0) {
                return Optional.of(r.unverifiable(Ground.ZERO_BASE,
                        "the first figure is zero, so no relative change"));
            }
            double change = 100 * (b - a) / a;
            Outcome outcome = Math.signum(change) == direction ? r.figure().judge(Math.abs(change), CHANGE_MARGIN)
                    : Outcome.CONTRADICTED;
            // "Since 1990" may have been written with the year before the latest's figures.
            OptionalDouble earlier = p.kind() == ClaimedPeriod.Kind.SINCE ? r.in(end - 1) : OptionalDouble.empty();
            if (outcome != Outcome.SUPPORTED && earlier.isPresent()) {
                double before1 = 100 * (earlier.getAsDouble() - a) / a;
                if (Math.signum(before1) == direction && r.figure().holds(Math.abs(before1))) {
                    return Optional.of(r.finding(Ground.CHANGE, Outcome.SUPPORTED, shown, "a change of "
                            + StatedFigure.format(before1) + "% to " + (end - 1) + ", the year before the latest",
                            p.from() + "\u2013" + (end - 1)));
                }
                if (outcome == Outcome.CONTRADICTED && Math.signum(before1) == direction
                        && r.figure().judge(Math.abs(before1), CHANGE_MARGIN) != Outcome.CONTRADICTED) {
                    outcome = Outcome.UNVERIFIABLE;
                }
            }
            return Optional.of(r.finding(Ground.CHANGE, outcome, shown,
                    "a change of " + StatedFigure.format(change) + "%", p.from() + "\u2013" + end));
        }
        if (relative) {
            double change = b - a;
            Outcome outcome = Math.signum(change) == direction ? r.figure().judge(Math.abs(change))
                    : Outcome.CONTRADICTED;
            return Optional.of(r.finding(Ground.CHANGE, outcome, shown,
                    "a change of " + StatedFigure.format(change) + " points", p.years()));
        }
        if (before.matches("(?s).*\\bfrom\\s+(about|around|under|over|less than|more than|nearly|some)?\\s*$")) {
            return Optional.of(r.finding(Ground.CHANGE, r.figure().judge(a), shown,
                    "the figure at the start, " + p.from(), p.years()));
        }
        if (before.matches("(?s).*\\bto\\s+(about|around|under|over|less than|more than|nearly|some|just)?\\s*$")) {
            Outcome outcome = Math.signum(b - a) == direction ? r.figure().judge(b) : Outcome.CONTRADICTED;
            return Optional.of(r.finding(Ground.CHANGE, outcome, shown,
                    "the figure at the end, " + end + ", after a " + (direction > 0 ? "rise" : "fall"),
                    p.years()));
        }
        return Optional.empty();
    }
}
