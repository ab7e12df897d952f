package org.claimcheck.value;

import java.util.Objects;

/**
 * A value the text states but that cannot be pinned down, such as "last year" in an article without a
 * publication date. It is reported, never guessed.
 */
public record Unresolved(String expression, String reason) implements Value {

    public Unresolved {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String canonical() {
        return "unresolved:" + expression;
    }

    @Override
    public String display() {
        return "\u201c" + expression + "\u201d (unresolved: " + reason + ")";
    }
}
