package org.claimcheck.verify;

/** Where a link was found, from the most to the least trusted place. */
enum Place {
    /** In the claim's own subject phrase or predicate, as extraction identified them. */
    CLAIM("in the claim's own words"),
    /** Elsewhere in the sentence. */
    SENTENCE("in the sentence");

    private final String description;

    Place(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
