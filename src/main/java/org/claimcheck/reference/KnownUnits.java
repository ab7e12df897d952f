package org.claimcheck.reference;

/** The units a curator can write, for "unknown unit" messages. */
final class KnownUnits {

    private KnownUnits() {
    }

    static String list() {
        return "USD, EUR, km, m3, %";
    }
}
