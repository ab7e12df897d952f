package org.claimcheck.verify;

import java.util.Objects;

/**
 * What a verdict rests on: a reference fact (table and line, its value, source and vintage), or another
 * statement in the same article for internal consistency checks (then {@code table} is the article id).
 *
 * @param value the reference value in display form ("2 December 2019", "$146.88 billion")
 * @param period the period the value refers to, or null
 * @param vintage when the source published or was retrieved ("2022-01-14"), or null
 */
public record Evidence(
        String table,
        int line,
        String subject,
        String attribute,
        String value,
        String period,
        String source,
        String vintage,
        String note) {

    public Evidence {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(value, "value");
    }
}
