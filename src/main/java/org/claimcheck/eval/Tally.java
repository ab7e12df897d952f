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
 * @param plantedFound planted errors whose claim was contradicted
 * @param flaggable claims labelled SUPPORTED or UNVERIFIABLE
 * @param falseFlags flaggable claims that were contradicted
 */
public record Tally(int labelled, int extracted, int correct, int valueCorrect, int verdictCorrect, int planted,
        int plantedFound, int flaggable, int falseFlags) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** This tally with one labelled claim's assessment added. */
    public Tally with(Assessment a) {
        return new Tally(labelled + 1, extracted, correct + one(a.correct()), valueCorrect + one(a.valueCorrect()),
                verdictCorrect + one(a.verdictCorrect()), planted + one(a.label().planted() != null),
                plantedFound + one(a.plantedFound()), flaggable + one(a.flaggable()), falseFlags + one(a.falseFlag()));
    }

    /** This tally with {@code n} more extracted claims. */
    public Tally withExtracted(int n) {
        return new Tally(labelled, extracted + n, correct, valueCorrect, verdictCorrect, planted, plantedFound,
                flaggable, falseFlags);
    }

    private static int one(boolean b) {
        return b ? 1 : 0;
    }
}
