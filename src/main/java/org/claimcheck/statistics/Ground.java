package org.claimcheck.statistics;

/**
 * What a statistical judgement rests on: the rule whose comparison decided it, or the condition that left it
 * undecided. Verification maps each onto its own reason codes, which say what each one means.
 */
public enum Ground {
    // A rule compared the claim with the series and decided.
    LEVEL,
    CHANGE,
    TREND,
    RANK,
    RECORD,
    SPAN,
    // A rule read the claim but the series could not decide it.
    WITHIN_REVISION_MARGIN,
    ANOTHER_QUANTITY,
    NO_FIGURE_FOR_YEAR,
    TOO_FEW_FIGURES,
    PERIOD_AFTER_PUBLICATION,
    ZERO_BASE,
    RANK_UNREAD,
    GROUP_INCOMPLETE,
    RECORD_START_UNCLEAR,
    ALMOST_UNDECIDED,
    // The claim could not be read against one series.
    NO_SERIES,
    FIGURE_NOT_IN_SERIES,
    YEARS_UNCLEAR,
    DATE_OF_FIGURE,
    SHARE_OF_CHANGE,
    PLACE_UNCLEAR,
    SEVERAL_PLACES,
    NARROWER_GROUP,
    COMBINED_CHANGE,
    CHANGE_NEEDS_SPAN,
    SERIES_DISAGREE,
    NO_RULE_APPLIES
}
