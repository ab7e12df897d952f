package org.claimcheck.verify;

import java.util.Locale;

/**
 * How a claim was linked to the fact it is judged against, from the firmest to the weakest. Only
 * {@link #ARGUMENT} is firm enough to contradict a claim; every other basis can support it, and turns a
 * conflict into {@link Verdict#POSSIBLE_CONFLICT}.
 */
public enum LinkStrength {
    /** The fact's attribute is the predicate (or event noun) that governs the value, and its subject a participant. */
    ARGUMENT("the fact's attribute governs the value and its subject takes part in that event"),
    /** Subject and attribute are both in the value's clause, but not as the predicate and its participant. */
    CLAUSE("subject and attribute are in the value's clause"),
    /** Subject or attribute is named elsewhere in the sentence. */
    SENTENCE("subject or attribute is named elsewhere in the sentence"),
    /** The subject was taken from the text before the sentence ("it", "the pipeline", "the two countries"). */
    PRECEDING_TEXT("the subject was taken from the preceding text"),
    /** The subject was taken from the article's title. */
    TITLE("the subject was taken from the article's title"),
    /** The attribute, the period or the subject was assumed (the only one the tables hold). */
    ASSUMED("the attribute, period or subject was assumed"),
    /** The claim is not linked to any fact. */
    NONE("not linked to a fact");

    private final String meaning;

    LinkStrength(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public boolean firm() {
        return this == ARGUMENT;
    }

    /** Lower-case label for reports ("argument", "preceding-text"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
