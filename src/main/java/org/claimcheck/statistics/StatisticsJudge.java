package org.claimcheck.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.places.Gazetteer;
import org.claimcheck.places.Place;
import org.claimcheck.places.PlaceKind;
import org.claimcheck.series.SeriesAttribute;
import org.claimcheck.series.SeriesIndex;
import org.claimcheck.series.UnitKind;

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
    private static final List<Rule> FIGURE_RULES = List.of(new RankRule(new LevelRule()), new RecordRule(),
            new ChangeRule(), new SpanRule(), new LevelRule());
    private static final Pattern COMBINED = Pattern.compile("(?i)\\b(and|combined|together|plus)\\b");
    /** Words that add places up or set them against each other, so a list of them is not "each of". */
    private static final Pattern TOGETHER = Pattern.compile("(?i)\\b(combined|together|total|share of(?=\\s+(?:the\\s+)?"
            + "(?-i:\\p{Lu})|\\s+(?:the\\s+)?(?:world|global|overall))|compared|"
            + "whereas|while|than(?!\\s+(about|around|nearly|almost|some|half|a |an |one|two|three|four|five|six|"
            + "seven|eight|nine|ten|\\d)))\\b");
    private static final Pattern SHARE_WORDS = Pattern.compile("(?i)\\b(share|percentage|proportion|per ?cent)\\b");
    /** "80% of the increase in generation": a share of a change, not of the level a series holds. */
    private static final Pattern SHARE_OF_CHANGE = Pattern.compile("(?i)\\s*of\\s+(the\\s+)?(\\w+\\s+)?(increase|"
            + "growth|rise|decline|fall|drop|change|reduction|new|additional|added)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)(;|,\\s+(but|while|whereas|although|though|"
            + "yet)\\b|\\s+but\\s+)");
    private static final Rule CHANGE = new ChangeRule();
    /** "For every month in 2017": a level said of each part of a year, which a yearly series cannot tell. */
    private static final Pattern WITHIN_YEAR = Pattern.compile("(?i)\\b(every|each)\\s+(day|week|month|quarter)\\b");
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
        // A place named only in a later clause ("…, but Russia accounts for 85%") is not the figure's.
        int figureEnd = claim.span().end() - claim.sentenceSpan().start();
        Matcher next = CLAUSE_BREAK.matcher(text);
        String scope = next.find(figureEnd) ? text.substring(0, next.start()) : text;
        PlaceReading where = PlaceReading.of(places, scope);
        if ((where.places().isEmpty() && where.ambiguous().isEmpty()) || !indicators.namesAny(text)) {
            return Optional.empty();
        }
        boolean hasFigure = sentence.stream().anyMatch(c -> c.kind() != ClaimKind.DATE);
        if (claim.kind() == ClaimKind.DATE && hasFigure) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.DATE_OF_FIGURE,
                    "the period of a figure in the same sentence, judged with it"));
        }
        Optional<ClaimedPeriod> period = ClaimedPeriod.of(claim, sentence, published);
        if (period.isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.YEARS_UNCLEAR, "the years are not clear: a "
                    + "period open at its start (\u201cbefore 2016\u201d), shorter than a year, or several dates none "
                    + "of them the figure's own"));
        }
        int offset = claim.span().end() - claim.sentenceSpan().start();
        String before = text.substring(0, claim.span().start() - claim.sentenceSpan().start());
        Optional<FigureReading> figure = claim.kind() == ClaimKind.DATE ? Optional.empty()
                : FigureReading.of(claim, before, text.substring(offset), CHANGE_BEFORE.matcher(before).find())
                        .map(f -> f.againstBenchmark(before).negatedAfter(before));
        if (SHARE_OF_CHANGE.matcher(text.substring(offset)).lookingAt()) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.SHARE_OF_CHANGE, "\u201c" + claim.text()
                    + "\u201d is a share of a change, which no series holds"));
        }
        if (figure.isPresent() && figure.get().kind() != UnitKind.COUNT && WITHIN_YEAR.matcher(text).find()) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.YEARS_UNCLEAR, "a level said of every "
                    + "part of a year, which a yearly series cannot tell"));
        }
        if (claim.kind() != ClaimKind.DATE && figure.isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.FIGURE_NOT_IN_SERIES,
                    "no series holds a figure like \u201c" + claim.text() + "\u201d"));
        }
        Optional<Place> place = where.single();
        if (place.isPresent()) {
            return Optional.of(judgeAt(place.get(), claim, period.get(), figure, where, published));
        }
        if (!where.ambiguous().isEmpty() || where.places().isEmpty()) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.PLACE_UNCLEAR, "the place is not clear ("
                    + String.join(", ", where.ambiguous()) + ")"));
        }
        String names = where.places().stream().map(Place::name).collect(Collectors.joining(", "));
        if (figure.isPresent() && where.rankGroup().isEmpty()
                && PlacesCombined.applies(text, where.places(), figure.get())) {
            return Optional.of(judgeCombined(where.places(), claim, period.get(), figure.get(), published));
        }
        if (where.rankGroup().isPresent() || TOGETHER.matcher(text).find()
                || where.places().stream().anyMatch(p -> p.kind() != PlaceKind.COUNTRY)) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.SEVERAL_PLACES, "names several places ("
                    + names + "); the figure cannot be given to one"));
        }
        // "Russia reported 1,566 deployed warheads and the United States reported 1,790": places named apart, or
        // several figures of one kind, may each have their own figure, and which is whose is not clear.
        if (!where.listed() || claim.kind() != ClaimKind.DATE
                && sentence.stream().anyMatch(c -> c != claim && c.kind() == claim.kind())) {
            return Optional.of(StatisticalFinding.unverifiable(Ground.SEVERAL_PLACES, "names several places ("
                    + names + ") apart or with several figures; which figure is whose is not clear"));
        }
        return Optional.of(each(where.places(), p -> judgeAt(p, claim, period.get(), figure, where, published),
                names));
    }

    /**
     * "In several African countries, including Chad, Burundi and South Sudan, … below 20%": a list of countries
     * with nothing that sets them against each other or adds them up says the same of each one.
     */
    private static StatisticalFinding each(List<Place> places, Function<Place, StatisticalFinding> judge,
            String names) {
        List<StatisticalFinding> all = places.stream().map(judge).toList();
        Optional<StatisticalFinding> against = all.stream().filter(f -> f.outcome() == Outcome.CONTRADICTED)
                .findFirst();
        if (against.isPresent()) {
            return new StatisticalFinding(Outcome.CONTRADICTED, against.get().ground(), "said of each of " + names
                    + "; " + against.get().explanation(), against.get().evidence());
        }
        if (all.stream().allMatch(f -> f.outcome() == Outcome.SUPPORTED)) {
            // One sentence read the same way for each place: the first place's rule stands for them all.
            return new StatisticalFinding(Outcome.SUPPORTED, all.get(0).ground(), "said of each of " + names + "; "
                    + all.stream().map(StatisticalFinding::explanation).collect(Collectors.joining("; ")),
                    all.stream().flatMap(f -> f.evidence().stream()).toList());
        }
        StatisticalFinding undecided = all.stream().filter(f -> f.outcome() == Outcome.UNVERIFIABLE).findFirst()
                .orElseThrow();
        return StatisticalFinding.unverifiable(undecided.ground(), "said of each of " + names
                + "; not every one can be decided: " + undecided.explanation());
    }

    /** Countries the sentence adds up, judged on the sum of their series ({@link PlacesCombined}). */
    private StatisticalFinding judgeCombined(List<Place> places, Claim claim, ClaimedPeriod period,
            FigureReading figure, LocalDate published) {
        Place all = PlacesCombined.of(places);
        Indicators.Match match = indicators.find(claim.sentence(), a -> PlacesCombined.holds(series, places, a)
                && figure.fits(a));
        if (match.attributes().isEmpty()) {
            return StatisticalFinding.unverifiable(Ground.NO_SERIES,
                    "no series the sentence names has figures of this kind for each of " + all.name());
        }
        return agree(match.attributes().stream().map(a -> apply(Reading.of(claim, all, a,
                PlacesCombined.sum(series, places, a), series, period, figure.in(a), Optional.empty(), published)))
                .toList(), match.attributes());
    }

    private StatisticalFinding judgeAt(Place place, Claim claim, ClaimedPeriod period, Optional<FigureReading> figure,
            PlaceReading where, LocalDate published) {
        String text = claim.sentence();
        String code = place.code();
        String after = text.substring(claim.span().end() - claim.sentenceSpan().start());
        if (figure.isPresent() && figure.get().kind() == UnitKind.PERCENT && WorldShare.follows(after)) {
            Indicators.Match totals = indicators.find(text, a -> WorldShare.holds(series, code, a));
            if (!totals.attributes().isEmpty()) {
                // The world is what the share is of, not a group the place is ranked in.
                return agree(totals.attributes().stream().map(a -> {
                    SeriesAttribute share = WorldShare.named(a);
                    return apply(Reading.of(claim, place, share, WorldShare.of(series, code, a), series, period,
                            figure.get().in(share), Optional.empty(), published));
                }).toList(), totals.attributes());
            }
        }
        // A trend of "the share of people using the internet" is one of a percentage series, not of the count.
        boolean share = figure.isEmpty() && SHARE_WORDS.matcher(text).find();
        Indicators.Match match = indicators.find(text, a -> series.findSeries(code, a.id()).isPresent()
                && figure.map(f -> f.fits(a)).orElse(!share || a.unitKind() == UnitKind.PERCENT));
        if (match.attributes().isEmpty()) {
            return StatisticalFinding.unverifiable(Ground.NO_SERIES,
                    "no series the sentence names has figures of this kind for " + place.name());
        }
        for (SeriesAttribute a : match.attributes()) {
            Optional<String> narrower = Definitions.narrower(a, text);
            if (narrower.isPresent()) {
                return StatisticalFinding.unverifiable(Ground.NARROWER_GROUP, "\u201c" + narrower.get()
                        + "\u201d names a narrower group than the series " + a.title() + " measures");
            }
        }
        if (match.attributes().size() > 1 && COMBINED.matcher(text).find()
                && Sums.distinct(match.attributes(), text)) {
            if (figure.map(FigureReading::changes).orElse(false)) {
                return StatisticalFinding.unverifiable(Ground.COMBINED_CHANGE,
                        "a change of several series together (" + ids(match.attributes()) + ")");
            }
            SeriesAttribute first = match.attributes().get(0);
            Figures sum = Figures.sum(match.attributes().stream()
                    .map(a -> series.requireSeries(code, a.id())).toList());
            return apply(Reading.of(claim, place, Sums.named(match.attributes()), sum, series, period,
                    figure.map(f -> f.in(first)).orElse(null), Optional.empty(), published));
        }
        List<StatisticalFinding> readings = new ArrayList<>();
        for (SeriesAttribute a : match.attributes()) {
            Reading r = Reading.of(claim, place, a, Figures.of(series.requireSeries(code, a.id())), series,
                    period, figure.map(f -> f.in(a)).orElse(null), where.rankGroup(), published);
            boolean change = figure.map(FigureReading::changes).orElse(false);
            readings.add(change ? CHANGE.judge(r).orElse(r.unverifiable(Ground.CHANGE_NEEDS_SPAN,
                    "a change needs the two years it runs between")) : apply(r));
        }
        return agree(readings, match.attributes());
    }

    private static StatisticalFinding apply(Reading r) {
        for (Rule rule : r.figure() == null ? TREND_RULES : FIGURE_RULES) {
            Optional<StatisticalFinding> f = rule.judge(r);
            if (f.isPresent()) {
                return f.get();
            }
        }
        return r.unverifiable(Ground.NO_RULE_APPLIES, "the sentence says nothing the rules read of these years");
    }

    /** Several equally named series decide only when they agree. */
    private static StatisticalFinding agree(List<StatisticalFinding> readings, List<SeriesAttribute> attributes) {
        StatisticalFinding first = readings.get(0);
        if (readings.stream().allMatch(f -> f.outcome() == first.outcome())) {
            return first;
        }
        return StatisticalFinding.unverifiable(Ground.SERIES_DISAGREE,
                "several series fit equally well and disagree: " + ids(attributes));
    }

    private static String ids(List<SeriesAttribute> attributes) {
        return attributes.stream().map(SeriesAttribute::id).collect(Collectors.joining(", "));
    }
}
