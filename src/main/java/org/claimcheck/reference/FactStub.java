package org.claimcheck.reference;

import java.util.Objects;

/**
 * A fact a curator still has to confirm: the claim as the article states it, with best guesses for what it is
 * about, and where it was read. Written by {@link FactStubWriter} as a facts-table row with empty source and
 * vintage, so the table refuses to load until someone fills them in.
 *
 * @param subjectId the guessed subject id, or empty
 * @param attribute the guessed attribute id, or empty
 * @param value the claimed value in the value grammar ("147 billion USD", "2019-12-02")
 * @param period the claimed period ("2021"), or empty
 * @param article where the claim was read, as {@code path:line:col}
 * @param sentence the sentence that states the claim
 */
public record FactStub(String subjectId, String attribute, String value, String period, String article,
        String sentence) {

    public FactStub {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(sentence, "sentence");
    }

    /** The note a curator sees: where the claim was read and the sentence, quoted. */
    public String note() {
        String oneLine = sentence.strip().replaceAll("\\s+", " ");
        return "claimed in " + article + ": \u201c" + oneLine + "\u201d";
    }
}
