package org.claimcheck.verify;

/** Where a link was found, from the most to the least trusted place. */
enum Place {
    /** In the claim's own subject phrase or predicate, as extraction identified them. */
    CLAIM("in the claim's own words"),
    /** Elsewhere in the sentence. */
    SENTENCE("in the sentence"),
    /** Not in the sentence but just before it, or in the article's title. */
    CONTEXT("in the preceding text");

    private final String description;

    Place(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
