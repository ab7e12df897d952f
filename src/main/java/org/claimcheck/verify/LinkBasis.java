package org.claimcheck.verify;

import java.util.Objects;

/** How a finding's link to its fact was made, and why ("subject phrase 'the treaty' refers back to ..."). */
public record LinkBasis(LinkStrength strength, String reason) {

    /** The basis of a finding that links to no fact. */
    public static final LinkBasis UNLINKED = new LinkBasis(LinkStrength.NONE, "");

    public LinkBasis {
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean firm() {
        return strength.firm();
    }
}
