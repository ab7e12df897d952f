package org.claimcheck.value;

import java.util.Objects;

/** An amount read from a CoreNLP normalized string, with the comparator CoreNLP put in front of it. */
public record NormalizedAmount(Qualifier qualifier, Amount amount) {

    public NormalizedAmount {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(amount, "amount");
    }
}
