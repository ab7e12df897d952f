package org.claimcheck.verify.link;

/** Why a link is not firm, and whether that shows the claim to be about another fact altogether. */
record LinkDoubt(String reason, boolean otherFact) {

    static LinkDoubt weak(String reason) {
        return new LinkDoubt(reason, false);
    }

    static LinkDoubt other(String reason) {
        return new LinkDoubt(reason, true);
    }

    static LinkDoubt weakOrNone(String reason) {
        return reason == null ? null : weak(reason);
    }
}
