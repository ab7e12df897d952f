package org.claimcheck.places;

import java.util.Objects;

/**
 * A country, territory, region or group as the series name it: {@code code} is the series column (an ISO 3166-1
 * alpha-3 code, an OWID_ or WB_ code, or a group's own code such as G7); {@code alpha2} is the ISO 3166-1 alpha-2 code,
 * or empty when there is none.
 */
public record Place(String code, String alpha2, PlaceKind kind, String name) {

    public Place {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isBlank() || !code.equals(code.trim())) {
            throw new IllegalArgumentException("a place needs a code without surrounding spaces: '" + code + "'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("place " + code + " needs a name");
        }
        alpha2 = alpha2 == null ? "" : alpha2;
        if (!alpha2.isEmpty() && !alpha2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("place " + code + ": alpha-2 code must be two capital letters: " + alpha2);
        }
    }

    @Override
    public String toString() {
        return code + " (" + name + ")";
    }
}
