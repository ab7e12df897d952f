package org.claimcheck.reference;

import java.util.stream.Collectors;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Units;

/** The units and currencies a curator can write, by code, for "unknown unit" and "unknown currency" messages. */
final class KnownUnits {

    private KnownUnits() {
    }

    /** The codes of every unit the value grammar knows, in its own order ("km, m, …, USD, EUR, …"). */
    static String list() {
        return Units.all().stream().map(Unit::code).filter(code -> !code.isEmpty())
                .collect(Collectors.joining(", "));
    }

    /** The ISO codes of every currency the value grammar knows ("USD, EUR, …"). */
    static String currencies() {
        return Units.all().stream().filter(Unit::isCurrency).map(Unit::code).collect(Collectors.joining(", "));
    }
}
