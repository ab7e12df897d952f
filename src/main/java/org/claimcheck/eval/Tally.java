package org.claimcheck.eval;

/**
 * The counts behind every figure for one scope (one claim kind, or all of them).
 *
 * @param labelled labelled claims (every row but NOT_A_CLAIM), by the label's kind
 * @param extracted extracted claims, by the claim's kind: matched, extracted non-claims and unlabelled alike
 * @param correct labelled claims correctly extracted: value and link (see {@link Assessment})
 * @param valueCorrect labelled claims extracted with the right kind and value, link aside
 * @param verdictCorrect labelled claims whose matched claim got the expected verdict
 * @param planted labelled claims with a planted error
 * @param plantedFound planted errors whose claim was contradicted or reported as a possible conflict
 * @param plantedContradicted planted errors whose claim was contradicted outright
 * @param flaggable claims labelled SUPPORTED or UNVERIFIABLE
 * @param falseFlags flaggable claims that were contradicted
 * @param sentToReview flaggable claims reported as a possible conflict (the review load)
 */
public record Tally(int labelled, int extracted, int correct, int valueCorrect, int verdictCorrect, int planted,
        int plantedFound, int plantedContradicted, int flaggable, int falseFlags, int sentToReview) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** This tally with one labelled claim's assessment added. */
    public Tally with(Assessment a) {
        return new Tally(labelled + 1, extracted, correct + one(a.correct()), valueCorrect + one(a.valueCorrect()),
                verdictCorrect + one(a.verdictCorrect()), planted + one(a.label().planted() != null),
                plantedFound + one(a.plantedFound()), plantedContradicted + one(a.plantedContradicted()),
                flaggable + one(a.flaggable()), falseFlags + one(a.falseFlag()), sentToReview + one(a.sentToReview()));
    }

    /** This tally with {@code n} more extracted claims. */
    public Tally withExtracted(int n) {
        return new Tally(labelled, extracted + n, correct, valueCorrect, verdictCorrect, planted, plantedFound,
                plantedContradicted, flaggable, falseFlags, sentToReview);
    }

    private static int one(boolean b) {
        return b ? 1 : 0;
    }
}
