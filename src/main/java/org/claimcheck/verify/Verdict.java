package org.claimcheck.verify;

import java.util.Locale;

/**
 * The outcome of checking one claim against the reference tables. Only a firm link (see {@link LinkStrength})
 * can give {@link #CONTRADICTED}; a conflict on a weaker link is a {@link #POSSIBLE_CONFLICT} for an editor to
 * review, which the default gate lets pass.
 */
public enum Verdict {
    SUPPORTED("a reference fact agrees with the claim"),
    CONTRADICTED("a reference fact, or the article itself, disagrees with the claim, and the claim is firmly linked to it"),
    POSSIBLE_CONFLICT("a reference fact disagrees with the claim, but the link to that fact is not firm: needs review"),
    UNVERIFIABLE("no reference fact covers the claim"),
    AMBIGUOUS("the claim could be linked to more than one fact and the tables cannot tell which");

    private final String meaning;

    Verdict(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether an editor must look at the claim: contradicted, a possible conflict, or ambiguous. */
    public boolean flagged() {
        return this == CONTRADICTED || this == POSSIBLE_CONFLICT || this == AMBIGUOUS;
    }

    /** Lower-case label for reports and options ("contradicted", "possible-conflict"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
