package org.claimcheck.reference;

import java.util.List;
import java.util.Objects;

/**
 * An attribute of the vocabulary ("signed", "began-operations", "trade") with the phrases that express it in
 * text ("signed", "signing", "concluded", "inked").
 */
public record Attribute(String id, AttributeKind kind, List<String> phrases, String table, int line) {

    public Attribute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        phrases = List.copyOf(phrases);
    }
}
