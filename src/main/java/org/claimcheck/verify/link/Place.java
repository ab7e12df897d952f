package org.claimcheck.verify.link;

/** Where a link was found, from the most to the least trusted place. */
public enum Place {
    /** In the claim's own subject phrase or predicate, as extraction identified them. */
    CLAIM("in the claim's own words"),
    /** Elsewhere in the sentence. */
    SENTENCE("in the sentence"),
    /** Not in the sentence but just before it: its paragraph so far and the two sentences before. */
    CONTEXT("in the preceding text"),
    /** Farther back in the article. */
    EARLIER("earlier in the article"),
    /** In the article's title. */
    TITLE("in the title");

    private final String description;

    Place(String description) {
        this.description = description;
    }

    /** Whether the link was found outside the claim's sentence. */
    boolean beforeSentence() {
        return this == CONTEXT || this == EARLIER || this == TITLE;
    }

    String description() {
        return description;
    }
}
