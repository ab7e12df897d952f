package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.places.Place;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;

/**
 * Judges a claim whose sentence names a place and an indicator of the series. Returns empty when the sentence
 * is not statistical (no place, or no indicator the series know), so the caller keeps its own finding; otherwise
 * always a finding, unverifiable with the reason whenever the series cannot decide: no single place, no series
 * of the figure's kind for it, no figures for the years, or indicators equally likely that disagree. Immutable;
 * the same input gives the same finding.
 */
public final class StatisticsJudge {

    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)\\b(by|increased|rose|grew|fell|dropped|"
            + "decreased|declined|enhanced|surged|jumped|climbed|cut|reduced)\\s+(over|more than|about|around|nearly|"
            + "almost|roughly|some|just|only|at least)?\\s*$");
    private static final List<Rule> FIGURE_RULES = List.of(new RankRule(new LevelRule()), new ChangeRule(),
            new SpanRule(), new LevelRule());
    private static final List<Rule> TREND_RULES = List.of(new RecordRule(), new TrendRule());

    private final SeriesIndex series;
    private final Gazetteer places;
    private final Indicators indicators;

    public StatisticsJudge(SeriesIndex series, Gazetteer places) {
        this.series = Objects.requireNonNull(series, "series");
        this.places = Objects.requireNonNull(places, "places");
        this.indicators = new Indicators(series);
    }

    /** The judgement of {@code claim}, read with the other claims of its sentence; see the class comment. */
    public Optional<StatisticalFinding> judge(Claim claim, List<Claim> sentence, LocalDate published) {
        if (series.isEmpty()) {
            return Optional.empty();
        }
        String text = claim.sentence();
        PlaceReading where = PlaceReading.of(places, text);
        if ((where.places().isEmpty() && where.ambiguous().isEmpty()) || !indicators.namesAny(text)) {
            return Optional.empty();
        }
        boolean hasFigure = sentence.stream().anyMatch(c -> c.kind() != ClaimKind.DATE);
        if (claim.kind() == ClaimKind.DATE && hasFigure) {
            return Optional.of(StatisticalFinding.unverifiable("the period of a figure in the same sentence, judged "
                    + "with it"));
        }
        Optional<Place> place = where.single();
        if (place.isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable(where.places().isEmpty()
                    ? "the place is not clear (" + String.join(", ", where.ambiguous()) + ")"
                    : "names several places (" + where.places().stream().map(Place::name)
                            .collect(Collectors.joining(", ")) + "); the figure cannot be given to one"));
        }
        Optional<ClaimedPeriod> period = ClaimedPeriod.of(claim, sentence, published);
        if (period.isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable("the period has an end but no start (\u201cbefore\u201d)"));
        }
        int offset = claim.span().end() - claim.sentenceSpan().start();
        String before = text.substring(0, claim.span().start() - claim.sentenceSpan().start());
        Optional<FigureReading> figure = claim.kind() == ClaimKind.DATE ? Optional.empty()
                : FigureReading.of(claim, text.substring(offset), CHANGE_BEFORE.matcher(before).find());
        if (claim.kind() != ClaimKind.DATE && figure.isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable("no series holds a figure like \u201c" + claim.text()
                    + "\u201d"));
        }
        String code = place.get().code();
        Indicators.Match match = indicators.find(text, a -> series.findSeries(code, a.id()).isPresent()
                && figure.map(f -> f.fits(a)).orElse(true));
        if (match.attributes().isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable("no series the sentence names has figures of this kind "
                    + "for " + place.get().name()));
        }
        List<StatisticalFinding> readings = new ArrayList<>();
        for (SeriesAttribute a : match.attributes()) {
            Reading r = Reading.of(claim, place.get(), a, series, period.get(), figure.map(f -> f.in(a)).orElse(null),
                    where.rankGroup(), published);
            readings.add(apply(r));
        }
        return Optional.of(agree(readings, match.attributes()));
    }

    private static StatisticalFinding apply(Reading r) {
        for (Rule rule : r.figure() == null ? TREND_RULES : FIGURE_RULES) {
            Optional<StatisticalFinding> f = rule.judge(r);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return r.unverifiable("the sentence says nothing the rules read of these years");
    }

    /** Several equally named series decide only when they agree. */
    private static StatisticalFinding agree(List<StatisticalFinding> readings, List<SeriesAttribute> attributes) {
        StatisticalFinding first = readings.get(0);
        if (readings.stream().allMatch(f -> f.outcome() == first.outcome())) {
            return first;
        }
        return StatisticalFinding.unverifiable("several series fit equally well and disagree: " + attributes.stream()
                .map(SeriesAttribute::id).collect(Collectors.joining(", ")));
    }
}
