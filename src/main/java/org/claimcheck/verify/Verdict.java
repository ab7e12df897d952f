package org.claimcheck.verify;

import java.util.Locale;

/** The outcome of checking one claim against the reference tables. */
public enum Verdict {
    SUPPORTED("a reference fact agrees with the claim"),
    CONTRADICTED("a reference fact, or the article itself, disagrees with the claim"),
    UNVERIFIABLE("no reference fact covers the claim"),
    AMBIGUOUS("the claim could be linked to more than one fact and the tables cannot tell which");

    private final String meaning;

    Verdict(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** Lower-case label for reports and options ("contradicted"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
