package org.claimcheck.eval;

import java.util.Objects;
import java.util.Optional;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Value;

/**
 * One row of {@code labels.csv}: a claim (or a non-claim) in one article, what it states and what the checker
 * should say about it. Optional cells that were empty are null.
 *
 * @param article the article's path relative to the articles folder, {@code file.jsonl#id} for a JSON record
 * @param claim the value phrase exactly as it stands in the article text
 * @param occurrence 1-based: which occurrence of {@code claim} in the article text the row is about
 * @param valueText the value cell as written (empty for most non-claims)
 * @param value {@code valueText} read by the value grammar; null when empty or outside the grammar
 * @param planted the kind of a deliberately wrong claim ("wrong-year"), or null
 */
public record Label(
        String article,
        String claim,
        int occurrence,
        ClaimKind kind,
        String subject,
        String attribute,
        DateValue period,
        String valueText,
        Value value,
        Expectation expected,
        String planted,
        String note,
        LabelCells cells) {

    public Label {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(cells, "cells");
        if (claim.isEmpty()) {
            throw new IllegalArgumentException("a label needs the claim text");
        }
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence is 1-based: " + occurrence);
        }
    }

    public boolean isClaim() {
        return expected.isClaim();
    }

    public Optional<Value> findValue() {
        return Optional.ofNullable(value);
    }

    /** {@code subject/attribute}, {@code subject}, or empty when the row names neither. */
    public String link() {
        if (subject == null) {
            return attribute == null ? "" : "/" + attribute;
        }
        return attribute == null ? subject : subject + "/" + attribute;
    }
}
