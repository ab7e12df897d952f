package org.claimcheck.eval;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One claim of a verdict-labelled set: its words, the day it was made (its publication date when checked) and
 * the verdict fact-checkers gave it. {@code id} is unique in the set; {@code origin} is {@code file:line}.
 */
public record LabelledClaim(String id, String text, LocalDate date, VerdictLabel verdict, String origin) {

    public LabelledClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(origin, "origin");
    }
}
