package org.claimcheck.verify;

/** For fixtures that build findings by hand: a reason that goes with a verdict, when the test does not care which. */
public final class TypicalReasons {

    private TypicalReasons() {
    }

    public static Reason of(Verdict verdict) {
        return switch (verdict) {
            case SUPPORTED -> Reason.VALUE_AGREES;
            case CONTRADICTED, POSSIBLE_CONFLICT -> Reason.WRONG_YEAR;
            case UNVERIFIABLE -> Reason.SUBJECT_NOT_NAMED;
            case AMBIGUOUS -> Reason.AMBIGUOUS_LINK;
        };
    }
}
