package org.claimcheck.reference;

import java.util.List;
import java.util.Objects;

/**
 * A thing facts are about (a treaty, a pipeline, a country pair's trade), with every name a text may use for
 * it. {@code table} and {@code line} say where it was defined, for messages.
 */
public record Subject(String id, String name, List<String> aliases, String table, int line) {

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
