package org.claimcheck.verify.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.claimcheck.extract.Claim;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.reference.Fact;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.link.ContextSubjects;
import org.claimcheck.verify.link.Link;
import org.claimcheck.verify.link.Place;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.UnitKinds;
import org.claimcheck.verify.words.ValueText;

/**
 * Judges a linked claim: picks the period and vintage, applies the comparison rule, checks "record" against
 * the series. Only a firm link contradicts: a conflict on a weaker link, or on the table's only period assumed
 * for a claim that states none, is a possible conflict for review; one on a guessed subject or attribute is
 * unverifiable, with the reason.
 */
public final class Judge {

    private Judge() {
    }

    public static Finding judge(Claim claim, Link link, LinkBasis basis, String linkNote, LocalDate published,
            RateFinder rates) {
        String subjectName = link.subject().subject().name();
        AttributeKind kind = link.attribute().attribute().kind();
        PeriodChoice period = PeriodSelector.select(claim, kind, link.facts(), published);
        if (!period.chosen() && !period.ambiguous()) {
            return new Finding(claim, Verdict.UNVERIFIABLE, period.missing(), List.of(),
                    Explanation.of(claim).then(period.failure() + " (" + link.describe() + ")").note(linkNote).line(),
                    basis);
        }
        if (period.ambiguous()) {
            return severalPeriods(claim, link, basis, linkNote, period, published, rates);
        }
        VintageChoice vintages = VintageSelector.select(period.facts(), published);
        Decision decision = Decision.decide(claim, vintages, rates);
        Outcome outcome = decision.outcome();
        List<Evidence> evidence = new ArrayList<>(decision.evidence().stream().map(Evidences::of).toList());
        if (outcome.conversion() != null) {
            evidence.add(Evidences.of(outcome.conversion()));
        }
        Explanation explanation = Explanation.of(claim);
        String recordNote = null;
        if (claim.record() && outcome.is(Verdict.SUPPORTED)) {
            RecordRule.Check record = RecordRule.check(decision.fact(), link.facts(), published);
            if (record.holds()) {
                recordNote = record.detail();
            } else {
                outcome = outcome.replacedBy(Outcome.contradicted(Reason.NOT_A_RECORD, record.detail()));
                evidence.add(Evidences.of(record.beaten()));
            }
        }
        String periodAssumed = period.assumed()
                ? "no period stated; assumed " + ValueText.of(period.period()) + ", the only period in the table"
                : null;
        String assumption = periodAssumed != null ? periodAssumed : link.assumption().orElse(null);
        if (periodAssumed != null && link.assumption().isEmpty()) {
            basis = new LinkBasis(LinkStrength.ASSUMED, periodAssumed);
        }
        String review = null;
        if (periodAssumed != null && outcome.is(Verdict.CONTRADICTED) && !outcome.wrongCurrency()
                && outcome.reason() != Reason.WRONG_MAGNITUDE && timesOff(claim, decision.fact(), 2)) {
            // "543 seats" against a party's 240, "113" against 52: with no period stated, a figure so far from the
            // table's only one is likely another quantity (the whole chamber, another party), not a slip.
            outcome = outcome.replacedBy(Outcome.unverifiable(Reason.ANOTHER_QUANTITY, "would be " + outcome.detail()
                    + ", but no period is stated and the figure is so far from the table's only one that it is"
                    + " likely another quantity"));
        }
        if (periodAssumed == null && outcome.is(Verdict.CONTRADICTED) && !outcome.wrongCurrency()
                && outcome.reason() != Reason.WRONG_MAGNITUDE && timesOff(claim, decision.fact(), 10)) {
            // "On a per capita basis, Turkey's GDP stood at $13,110" against the table's $1.12 trillion: a figure
            // more than ten times off the fact, and no slip of the decimal point, is a figure of another quantity
            // (per head, a part, a total) the words did not tell apart, not a misstatement of this one.
            outcome = outcome.replacedBy(Outcome.unverifiable(Reason.ANOTHER_QUANTITY, "would be " + outcome.detail()
                    + ", but the figure is more than ten times off the table's, so it is likely another quantity"));
        }
        if (outcome.is(Verdict.CONTRADICTED)) {
            Optional<Integer> yearsOff = farOff(claim, decision);
            OptionalLong oldStyle = decision.fact() == null ? OptionalLong.empty()
                    : OldStyleDate.lag(claim.value(), decision.fact().value());
            Optional<Fact> otherPeriod = OtherPeriodFigure.matched(claim, decision.fact(), link.facts(), published,
                    rates);
            if (link.assumption().isPresent() && !outcome.wrongCurrency() && !reviewableAssumption(claim, link)) {
                // A guessed subject or attribute is no ground for a conflict an editor must review.
                outcome = outcome.replacedBy(Outcome.unverifiable(Reason.ASSUMED_LINK,
                        "would be " + outcome.detail() + ", but only on an assumption"));
            } else if (otherPeriod.isPresent()) {
                outcome = outcome.possibleConflict();
                review = "needs review: no period stated, and the figure is the table's for "
                        + ValueText.of(otherPeriod.get().period()) + " (" + ValueText.of(otherPeriod.get().value())
                        + ", " + otherPeriod.get().table() + ":" + otherPeriod.get().line()
                        + "), so the text may give that state";
            } else if (!basis.firm() && yearsOff.isPresent()) {
                // A date decades off the fact on a link the text does not make firm: another event, not a slip to
                // review, and no statement of this fact for the article's consistency either.
                String notTheFact = "the link is " + basis.strength().label() + " and the date is " + yearsOff.get()
                        + " years from the table's, too far for a slip, so it is likely another event";
                outcome = outcome.replacedBy(Outcome.unverifiable(Reason.OTHER_FACT, "would be " + outcome.detail()
                        + ", but " + notTheFact));
                basis = new LinkBasis(LinkStrength.NONE, notTheFact);
            } else if (!basis.firm()) {
                outcome = outcome.possibleConflict();
                review = "needs review: the link is " + basis.strength().label()
                        + (basis.reason().isEmpty() ? "" : " (" + basis.reason() + ")");
            } else if (claim.yearFromText() && isAnotherYear(outcome) && yearsOff.isPresent()) {
                // "The last case was reported on 13 January" on an undated page, a paragraph after 1995: a year
                // too far from the table's for a slip says the text tells of another year than the event's.
                outcome = outcome.replacedBy(Outcome.unverifiable(Reason.OTHER_FACT, "would be " + outcome.detail()
                        + ", but the text states no year, and the year the text before it tells of is too far from"
                        + " the table's for a slip"));
            } else if (claim.yearNotStated() && isAnotherYear(outcome)) {
                // "In the same year on July 14 …" in a text looking back: the year came from the publication date.
                outcome = outcome.possibleConflict();
                review = "needs review: the text states no year, and the year was taken from "
                        + (claim.yearFromText() ? "the text before it" : "the publication date");
            } else if (claim.qualifier() == Qualifier.UNTIL && decision.fact() != null
                    && endsBefore(decision.fact().value(), claim.value())) {
                // "The war lasted until April 17, 1985": the end itself, or only a bound the table's date keeps.
                outcome = outcome.possibleConflict();
                review = "needs review: \u201cuntil\u201d may give only a bound, and the table's date is before it";
            } else if (oldStyle.isPresent()) {
                // "The Battle of Poltava took place on June 27, 1709": the same day in the Julian calendar.
                outcome = outcome.possibleConflict();
                review = "needs review: the two days are " + oldStyle.getAsLong() + " days apart, the Julian"
                        + " calendar's lag at that time, so the text may give the same day Old Style";
            } else if (RoundFigure.mayBeRounded(claim, decision.fact())) {
                // "a study involving 8100 patients" of one that enrolled 8,076
                outcome = outcome.possibleConflict();
                review = "needs review: the figure ends in zeros and may be a round figure, which the reference fits";
            } else if (yearsOff.isPresent()) {
                outcome = outcome.possibleConflict();
                review = "needs review: the date is " + yearsOff.get() + " years from the table's, too far for a slip"
                        + " and no mistyped digit, so it may be another event";
            } else if (mayHaveChangedSince(kind, decision.fact(), vintages, published, outcome)) {
                outcome = outcome.possibleConflict();
                review = "needs review: the table gives this measure for no period and read it after the article"
                        + " was published, so the figure may have changed in between";
            }
        }
        explanation.reference(decision.fact(), subjectName, outcome).note(recordNote).note(assumption)
                .note(vintages.note()).note(revisions(decision.fact(), vintages)).note(linkNote).note(review);
        return new Finding(claim, outcome.verdict(), outcome.reason(), evidence, explanation.line(), basis);
    }

    /**
     * A measure the table gives for no period ("the tower's height"), read from sources all dated after the article:
     * what the article says may have been true when it was written (a height before a new antenna). A wrong
     * magnitude is a slip, never a change.
     */
    private static boolean mayHaveChangedSince(AttributeKind kind, Fact fact, VintageChoice vintages,
            LocalDate published, Outcome outcome) {
        return kind == AttributeKind.MEASURE && fact != null && fact.period() == null && published != null
                && vintages.anyMayDecide() && outcome.reason() != Reason.WRONG_MAGNITUDE;
    }

    /** A measure without a period when the table has several: name them, and say which the claim would match. */
    private static Finding severalPeriods(Claim claim, Link link, LinkBasis basis, String linkNote,
            PeriodChoice period, LocalDate published, RateFinder rates) {
        List<Decision> perPeriod = new ArrayList<>();
        for (Fact f : period.facts()) {
            if (perPeriod.stream().noneMatch(d -> PeriodSelector.samePeriod(d.fact().period(), f.period()))) {
                List<Fact> samePeriod = period.facts().stream()
                        .filter(o -> PeriodSelector.samePeriod(o.period(), f.period())).toList();
                perPeriod.add(Decision.decide(claim, VintageSelector.select(samePeriod, published), rates));
            }
        }
        if (perPeriod.stream().allMatch(d -> d.outcome().is(Verdict.UNVERIFIABLE))) {
            // No figure can be compared at all (a percentage against money): the period is beside the point.
            Outcome first = perPeriod.get(0).outcome();
            return new Finding(claim, Verdict.UNVERIFIABLE, first.reason(), List.of(), Explanation.of(claim)
                    .then(first.detail() + " (" + link.describe() + ")").note(linkNote).line(), basis);
        }
        List<Decision> supporting = perPeriod.stream().filter(d -> d.outcome().is(Verdict.SUPPORTED)).toList();
        if (supporting.size() == 1 && claim.value() instanceof Amount) {
            // "it sent 22.7 billion cubic metres": the figure of exactly one period, which it is read as. An
            // assumption, so it may support the claim and never contradict it.
            Decision only = supporting.get(0);
            return new Finding(claim, Verdict.SUPPORTED, Reason.ONE_PERIOD_MATCHES,
                    List.of(Evidences.of(only.fact())), Explanation.of(claim)
                    .reference(only.fact(), link.subject().subject().name(), only.outcome())
                    .note("no period stated; read as " + ValueText.of(only.fact().period())
                            + ", the only period whose figure it matches")
                    .note(linkNote).line(), new LinkBasis(LinkStrength.ASSUMED, "no period stated"));
        }
        List<String> matching = supporting.stream().map(d -> ValueText.of(d.fact().period())).toList();
        String matches = matching.isEmpty() ? "the claim matches none of them"
                : "the claim matches " + String.join(", ", matching);
        List<String> otherCurrency = perPeriod.stream().filter(d -> d.outcome().wrongCurrency())
                .map(d -> ValueText.of(d.fact().period()) + " in " + ((Amount) d.fact().value()).unit().code())
                .toList();
        if (!otherCurrency.isEmpty()) {
            matches += "; the same figure in another currency would match " + String.join(", ", otherCurrency);
        }
        if (link.assumption().isEmpty() && outOfScale(claim, perPeriod)) {
            return new Finding(claim, Verdict.POSSIBLE_CONFLICT, Reason.OUT_OF_SCALE,
                    perPeriod.stream().map(d -> Evidences.of(d.fact())).toList(),
                    Explanation.of(claim).then(period.failure() + " (" + link.describe() + ")")
                            .note("possible conflict: the figure is out of scale with every one of them")
                            .note(linkNote).note("needs review: the period was not stated").line(),
                    new LinkBasis(LinkStrength.ASSUMED, "no period stated; the table has several"));
        }
        List<Decision> inOtherCurrency = perPeriod.stream().filter(d -> d.outcome().wrongCurrency()).toList();
        if (supporting.isEmpty() && inOtherCurrency.size() == 1) {
            // "240.11 billion euros" where one period's figure is 240.11 billion dollars: whichever period was
            // meant, the currency is the likely slip, worth an editor's look.
            Decision slip = inOtherCurrency.get(0);
            return new Finding(claim, Verdict.POSSIBLE_CONFLICT, Reason.WRONG_CURRENCY,
                    List.of(Evidences.of(slip.fact())),
                    Explanation.of(claim).then(period.failure() + " (" + link.describe() + ")").note(matches)
                            .note(linkNote).note("needs review: the period was not stated").line(),
                    new LinkBasis(LinkStrength.ASSUMED, "no period stated; the figure is "
                            + ValueText.of(slip.fact().period()) + "'s in another currency"));
        }
        // Matching several periods, the claim could be any of them; matching none, it may be of a period the
        // table lacks, which is no reason to flag it.
        Verdict verdict = supporting.isEmpty() ? Verdict.UNVERIFIABLE : Verdict.AMBIGUOUS;
        Reason reason = supporting.isEmpty() ? Reason.NO_PERIOD_MATCHES : Reason.SEVERAL_PERIODS_MATCH;
        return new Finding(claim, verdict, reason, perPeriod.stream().map(d -> Evidences.of(d.fact())).toList(),
                Explanation.of(claim).then(period.failure() + " (" + link.describe() + ")").note(matches).note(linkNote)
                        .line(), basis);
    }

    /**
     * "A third put the 2024 total at 3.79 million tonnes": a sentence that reports what a source said of a
     * subject named before, with a figure in the unit of that subject's only measure of its dimension. The
     * attribute is assumed, so this never contradicts, but the conflict is worth an editor's look.
     */
    private static boolean reviewableAssumption(Claim claim, Link link) {
        return link.attribute().place() == Place.CONTEXT && ContextSubjects.reportsEarlierFact(claim)
                && claim.value() instanceof Amount a && !UnitKinds.isPlainNumber(a.unit());
    }

    /**
     * A figure with no period that is out of scale with every period's figure in the table (more than twice
     * the largest or less than half the smallest, in the same unit): whichever period was meant, it conflicts.
     * Not for percentages (rates of change swing widely), inequalities ("well over 100 million tonnes") or
     * differences ("by 800 million cubic metres"); a plain count is out of scale only above: one far below every
     * count of the table counts some of them ("initially, it consisted of six countries", "15 countries had
     * begun talks").
     */
    private static boolean outOfScale(Claim claim, List<Decision> perPeriod) {
        if (!(claim.value() instanceof Amount claimed) || UnitKinds.isPercentage(claimed.unit())
                || claim.qualifier() != Qualifier.EXACT && claim.qualifier() != Qualifier.APPROXIMATELY
                || isDifference(claim) || perPeriod.stream().anyMatch(d -> !d.outcome().is(Verdict.CONTRADICTED))) {
            return false;
        }
        java.math.BigDecimal value = claimed.inBaseUnit().abs();
        for (Decision d : perPeriod) {
            if (!(d.fact().value() instanceof Amount reference) || !reference.unit().equals(claimed.unit())) {
                return false;
            }
            java.math.BigDecimal ref = reference.inBaseUnit().abs();
            boolean far = above(value, ref, 2) || !UnitKinds.isPlainNumber(claimed.unit()) && below(value, ref, 2);
            if (!far) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many years the claimed date lies from the decided fact's, when too far for a slip ({@link FarOffDate}).
     * Not for a day whose year the text does not state and was taken from the publication date: that year is the
     * writing's, not the writer's slip. One the text before it tells of counts: so far off, it tells of another.
     */
    private static Optional<Integer> farOff(Claim claim, Decision decision) {
        return decision.fact() == null || claim.yearNotStated() && !claim.yearFromText() ? Optional.empty()
                : FarOffDate.yearsOff(claim.value(), decision.fact().value());
    }

    /** Whether the reference date ends before the claimed date begins. */
    private static boolean endsBefore(Value reference, Value claimed) {
        return reference instanceof DateValue r && claimed instanceof DateValue c && r.last().isBefore(c.first());
    }

    /** A date that differs from the reference in its year (or decade or century), whatever its month and day. */
    private static boolean isAnotherYear(Outcome outcome) {
        return outcome.reason() == Reason.WRONG_YEAR || outcome.reason() == Reason.WRONG_DECADE
                || outcome.reason() == Reason.WRONG_CENTURY;
    }

    /** More than {@code factor} times the reference or under its {@code factor}-th part, in comparable units. */
    private static boolean timesOff(Claim claim, Fact fact, int factor) {
        if (!(claim.value() instanceof Amount claimed) || fact == null || !(fact.value() instanceof Amount reference)
                || !reference.unit().comparableWith(claimed.unit())) {
            return false;
        }
        java.math.BigDecimal value = claimed.inBaseUnit().abs();
        java.math.BigDecimal ref = reference.inBaseUnit().abs();
        return above(value, ref, factor) || below(value, ref, factor);
    }

    /** More than {@code factor} times the reference. */
    private static boolean above(java.math.BigDecimal value, java.math.BigDecimal ref, int factor) {
        return value.compareTo(ref.multiply(java.math.BigDecimal.valueOf(factor))) > 0;
    }

    /** Under the reference's {@code factor}-th part. */
    private static boolean below(java.math.BigDecimal value, java.math.BigDecimal ref, int factor) {
        return value.multiply(java.math.BigDecimal.valueOf(factor)).compareTo(ref) < 0;
    }

    /** "beating its obligation by 800 million cubic metres": a figure after "by" is a difference, not a level. */
    private static boolean isDifference(Claim claim) {
        List<String> before = TaggedWords.lowerWithin(claim, 0, ClaimGeometry.valueStart(claim));
        int last = before.size() - 1;
        if (last >= 0 && APPROXIMATELY.contains(before.get(last))) {
            last--;
        }
        return last >= 0 && before.get(last).equals("by");
    }

    /** Words that may stand between "by" and a difference: "by about 800 million". */
    private static final java.util.Set<String> APPROXIMATELY = java.util.Set.of("about", "some", "nearly", "almost",
            "around", "roughly");

    private static String revisions(Fact judged, VintageChoice vintages) {
        List<String> revised = new ArrayList<>();
        for (Fact later : vintages.later()) {
            if (!Agreement.same(later.value(), judged.value())) {
                revised.add("later revised to " + ValueText.of(later.value()) + " (vintage " + later.vintage() + ")");
            }
        }
        return String.join("; ", revised);
    }
}
