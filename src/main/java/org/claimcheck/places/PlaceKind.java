package org.claimcheck.places;

import java.util.Locale;

/** What sort of place a code stands for, as the data files label it. */
public enum PlaceKind {
    /** A sovereign state, including partially recognised ones (Taiwan, Kosovo, Palestine). */
    COUNTRY,
    /** A dependency or special area with its own code (Greenland, Hong Kong, Puerto Rico). */
    TERRITORY,
    /** A state that no longer exists (Soviet Union, Czechoslovakia, East Germany). */
    FORMER,
    /** A breakaway state, disputed or composite area (Somaliland, Channel Islands, Arctic). */
    OTHER,
    /** An aggregate with its own series code: the world, a continent, an income group, a World Bank region. */
    REGION,
    /** A group of countries that no series code stands for (G7, OECD, BRICS). */
    GROUP;

    static PlaceKind parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
