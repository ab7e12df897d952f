package org.claimcheck.verify;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a finding got its verdict: the rule or condition that decided it, as a stable kebab-case {@link #code()}
 * that reports carry beside the verdict. The explanation says the same in words, with the values involved; the
 * code lets a consumer (or a test) tell decisions apart without reading that text. Each reason goes with the
 * verdicts in {@link #verdicts()}; for a conflict, the reason names what disagrees and the verdict says how much
 * the link lets it count (contradicted over a firm link, a possible conflict over a weaker one). Every code is
 * described, with its verdicts, in the table "Reason codes" of docs/report-formats.md.
 */
public enum Reason {

    // A claimed value compared with a reference fact.
    VALUE_AGREES("value-agrees", "the reference value lies within the claimed value at the claim's stated precision",
            Verdict.SUPPORTED),
    WITHIN_APPROXIMATION("within-approximation", "an \"about\" or \"nearly\" claim is within the allowance its word "
            + "gives (a step of its precision for a date, 5 % or 10 % under for an amount)", Verdict.SUPPORTED),
    BOUND_HOLDS("bound-holds", "the claim is a bound (\"more than\", \"at least\", \"before\", \"after\") and the "
            + "reference lies on its side", Verdict.SUPPORTED),
    REFERENCE_LESS_PRECISE("reference-less-precise", "the reference date is a coarser interval that contains the "
            + "claimed one, so it is only as precise as that", Verdict.SUPPORTED),
    UNITLESS_AGREES("unitless-agrees", "a figure stated without a unit matches the reference read in the "
            + "reference's unit", Verdict.SUPPORTED),
    WITHIN_RATE_ALLOWANCE("within-rate-allowance", "converted at an average exchange rate, the figure is within "
            + "the 5 % allowed for the rate the writer may have used", Verdict.SUPPORTED),
    WRONG_CENTURY("wrong-century", "the claimed century does not contain the reference date", Verdict.CONTRADICTED,
            Verdict.POSSIBLE_CONFLICT),
    WRONG_DECADE("wrong-decade", "the claimed decade does not contain the reference date", Verdict.CONTRADICTED,
            Verdict.POSSIBLE_CONFLICT),
    WRONG_YEAR("wrong-year", "the claimed date is in another year than the reference date", Verdict.CONTRADICTED,
            Verdict.POSSIBLE_CONFLICT),
    WRONG_MONTH("wrong-month", "the claimed date has the reference's year but another month",
            Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    WRONG_DAY("wrong-day", "the claimed date has the reference's month but another day", Verdict.CONTRADICTED,
            Verdict.POSSIBLE_CONFLICT),
    BOUND_FAILS("bound-fails", "the claim is a bound (\"more than\", \"at most\", \"before\", \"after\") and the "
            + "reference lies on the wrong side of it", Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    OUTSIDE_TOLERANCE("outside-tolerance", "the claimed amount differs from the reference by more than its stated "
            + "precision, its \"about\" or \"nearly\" and the fact's tolerance allow", Verdict.CONTRADICTED,
            Verdict.POSSIBLE_CONFLICT),
    WRONG_MAGNITUDE("wrong-magnitude", "the claimed amount would match the reference with its decimal point moved",
            Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    WRONG_CURRENCY("wrong-currency", "the claimed figure is the reference's own number, written in another "
            + "currency", Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    NOT_A_RECORD("not-a-record", "the claim calls the figure a record, and an earlier period of the table had a "
            + "higher one", Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    PARTIAL_OVERLAP("partial-overlap", "the reference is an interval of dates that only partly overlaps the claimed "
            + "date or straddles its bound", Verdict.UNVERIFIABLE),
    UNITLESS_NO_MATCH("unitless-no-match", "a figure stated without a unit does not match the reference, which a "
            + "figure without a unit can never contradict", Verdict.UNVERIFIABLE),
    DIFFERENT_UNITS("different-units", "claim and reference are in units of different dimensions, or one is a "
            + "percentage and the other not", Verdict.UNVERIFIABLE),
    NO_EXCHANGE_RATE("no-exchange-rate", "claim and reference are in different currencies and the tables have no "
            + "rate to convert between them", Verdict.UNVERIFIABLE),
    DIFFERENT_KINDS("different-kinds", "the claim states a date and the reference an amount, or the other way round",
            Verdict.UNVERIFIABLE),
    SOURCES_DISAGREE("sources-disagree", "facts of the same vintage from different sources give different verdicts",
            Verdict.AMBIGUOUS),

    // How much the link lets a comparison count.
    ASSUMED_LINK("assumed-link", "the fact disagrees, but the link to it rests on an assumption (a guessed subject "
            + "or an assumed attribute), which is no ground for a conflict", Verdict.UNVERIFIABLE),
    OTHER_FACT("other-fact", "the text shows the claim to be about another fact than the one it was linked to",
            Verdict.UNVERIFIABLE),
    AMBIGUOUS_LINK("ambiguous-link", "several facts fit the claim equally well and would give different verdicts",
            Verdict.AMBIGUOUS),
    FORECAST("forecast", "the claim is stated as a forecast or target, and the tables record outcomes",
            Verdict.UNVERIFIABLE),

    // The period of a measure.
    NO_FACT_FOR_PERIOD("no-fact-for-period", "the claim states a period the table has no figure for",
            Verdict.UNVERIFIABLE),
    ONLY_LATER_PERIODS("only-later-periods", "no period stated, and every period of the table began after the "
            + "article was published", Verdict.UNVERIFIABLE),
    ONE_PERIOD_MATCHES("one-period-matches", "no period stated; the figure matches exactly one period of the table, "
            + "and is read as that period", Verdict.SUPPORTED),
    NO_PERIOD_MATCHES("no-period-matches", "no period stated; the figure matches none of the table's periods, so it "
            + "may be of a period the table lacks", Verdict.UNVERIFIABLE),
    SEVERAL_PERIODS_MATCH("several-periods-match", "no period stated; the figure matches more than one of the "
            + "table's periods", Verdict.AMBIGUOUS),
    OUT_OF_SCALE("out-of-scale", "no period stated; the figure is out of scale with every period's figure in the "
            + "table", Verdict.POSSIBLE_CONFLICT),

    // Claims that could not be linked to a fact.
    SUBJECT_NOT_NAMED("subject-not-named", "the sentence names no subject of the tables (and none named before it "
            + "fits), and the claim has no subject phrase of its own", Verdict.UNVERIFIABLE),
    SUBJECT_NOT_IN_TABLES("subject-not-in-tables", "the claim's subject phrase, and the rest of its sentence, name "
            + "no subject of the tables", Verdict.UNVERIFIABLE),
    ATTRIBUTE_NOT_NAMED("attribute-not-named", "a subject of the tables is named, but the sentence names no "
            + "attribute of the claim's kind (an event for a date, a measure for a figure)", Verdict.UNVERIFIABLE),
    NO_FACT_FOR_ATTRIBUTE("no-fact-for-attribute", "the subject and an attribute are named, but the tables hold no "
            + "fact of that attribute for that subject", Verdict.UNVERIFIABLE),
    NO_PUBLICATION_DATE("no-publication-date", "a relative date (\"last year\") cannot be resolved without the "
            + "article's publication date", Verdict.UNVERIFIABLE),
    DATE_UNRESOLVED("date-unresolved", "a relative date could not be resolved from the publication date (the "
            + "explanation says why)", Verdict.UNVERIFIABLE),
    NOT_CHECKED("not-checked", "the claim was only extracted, not checked", Verdict.UNVERIFIABLE),

    // The article checked against itself.
    CONTRADICTS_ARTICLE("contradicts-article", "the article states the same fact twice with values that cannot both "
            + "be true", Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT),
    ARITHMETIC("arithmetic", "a stated change does not match the sentence's own \"from … to …\" figures",
            Verdict.CONTRADICTED),

    // A statistical claim judged against the time series.
    SERIES_LEVEL("series-level", "the figure for a year, or for now, compared with the series", Verdict.SUPPORTED,
            Verdict.CONTRADICTED),
    SERIES_CHANGE("series-change", "a change between two years compared with the series", Verdict.SUPPORTED,
            Verdict.CONTRADICTED),
    SERIES_TREND("series-trend", "a direction or multiple over a span (\"has doubled since 1990\") compared with "
            + "the series", Verdict.SUPPORTED, Verdict.CONTRADICTED),
    SERIES_RANK("series-rank", "a rank within a group (\"the highest in the G7\") compared with the group's series",
            Verdict.SUPPORTED, Verdict.CONTRADICTED),
    SERIES_RECORD("series-record", "a record (\"the highest since 2008\") compared with the series",
            Verdict.SUPPORTED, Verdict.CONTRADICTED),
    SERIES_SPAN("series-span", "a figure over several years compared with each year's, their mean or their total",
            Verdict.SUPPORTED, Verdict.CONTRADICTED),
    WITHIN_REVISION_MARGIN("within-revision-margin", "the figure misses the series by less than a revision of the "
            + "series could move it", Verdict.UNVERIFIABLE),
    ANOTHER_QUANTITY("another-quantity", "the figure is so far from the series or the fact (more than ten times "
            + "off, or twice a table's only figure when no period is stated) that it is likely another quantity",
            Verdict.UNVERIFIABLE),
    NO_SERIES("no-series", "no series the sentence names has figures of the claim's kind for its place",
            Verdict.UNVERIFIABLE),
    FIGURE_NOT_IN_SERIES("figure-not-in-series", "the figure is of a form no series holds (an amount of money, the "
            + "denominator of a rate)", Verdict.UNVERIFIABLE),
    NO_FIGURE_FOR_YEAR("no-figure-for-year", "the series has no figure for a year the claim needs",
            Verdict.UNVERIFIABLE),
    TOO_FEW_FIGURES("too-few-figures", "the series has figures for too few of the years of the claimed span",
            Verdict.UNVERIFIABLE),
    YEARS_UNCLEAR("years-unclear", "the years the claim speaks of are not clear", Verdict.UNVERIFIABLE),
    PERIOD_AFTER_PUBLICATION("period-after-publication", "the claimed span lies after the publication date",
            Verdict.UNVERIFIABLE),
    DATE_OF_FIGURE("date-of-figure", "the date is the period of a figure in the same sentence, which is judged "
            + "with it", Verdict.UNVERIFIABLE),
    SHARE_OF_CHANGE("share-of-change", "the figure is a share of a change, which no series holds",
            Verdict.UNVERIFIABLE),
    PLACE_UNCLEAR("place-unclear", "the place the figure is about is not clear", Verdict.UNVERIFIABLE),
    SEVERAL_PLACES("several-places", "the sentence names several places and the figure cannot be given to one",
            Verdict.UNVERIFIABLE),
    NARROWER_GROUP("narrower-group", "the sentence names a narrower group than the series measures",
            Verdict.UNVERIFIABLE),
    COMBINED_CHANGE("combined-change", "a change of several series together, which the rules do not add up",
            Verdict.UNVERIFIABLE),
    CHANGE_NEEDS_SPAN("change-needs-span", "a change without the two years it runs between", Verdict.UNVERIFIABLE),
    SERIES_DISAGREE("series-disagree", "several series fit the sentence equally well and give different verdicts",
            Verdict.UNVERIFIABLE),
    ZERO_BASE("zero-base", "the first figure of the span is zero, so there is no relative change or ratio",
            Verdict.UNVERIFIABLE),
    RANK_UNREAD("rank-unread", "the sentence names a group but no rank the rules read", Verdict.UNVERIFIABLE),
    GROUP_INCOMPLETE("group-incomplete", "more than a quarter of the group's members have no figure for a year of "
            + "the rank", Verdict.UNVERIFIABLE),
    RECORD_START_UNCLEAR("record-start-unclear", "the record holds only if the year it is counted from is left out",
            Verdict.UNVERIFIABLE),
    ALMOST_UNDECIDED("almost-undecided", "\"almost\" over a span where between half and three quarters of the years "
            + "fit", Verdict.UNVERIFIABLE),
    NO_RULE_APPLIES("no-rule-applies", "the sentence names a place and a series but says nothing the rules read",
            Verdict.UNVERIFIABLE);

    private final String code;
    private final String meaning;
    private final Set<Verdict> verdicts;

    Reason(String code, String meaning, Verdict first, Verdict... rest) {
        this.code = code;
        this.meaning = meaning;
        this.verdicts = java.util.Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    /** The stable identifier reports carry ("wrong-year"); never reused for another meaning. */
    public String code() {
        return code;
    }

    /** What the reason means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The verdicts a finding with this reason can have. */
    public Set<Verdict> verdicts() {
        return verdicts;
    }
}
